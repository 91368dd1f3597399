"""Asks Capirca's aclcheck whether policies permit flows, for Portolan's tests.

Reads from stdin: {"base": the policies folder, "defs": the definitions folder,
                   "queries": [{"policy": a .pol file, "src": address, "dst": address, "proto": "tcp", "dport": "443" or "any"}]}
Writes to stdout, per query, the names of the terms that accept it outright (none: the policy does not permit it).
"""
import json
import sys

from capirca.lib import aclcheck, naming, policy


def main():
    request = json.load(sys.stdin)
    definitions = naming.Naming(request["defs"])
    policies = {}
    answers = []
    for query in request["queries"]:
        parsed = policies.get(query["policy"])
        if parsed is None:
            parsed = policy.ParseFile(query["policy"], definitions, optimize=False, base_dir=request["base"])
            policies[query["policy"]] = parsed
        check = aclcheck.AclCheck(parsed, src=query["src"], dst=query["dst"], dport=query["dport"], proto=query["proto"])
        answers.append(sorted({match.term for match in check.ExactMatches() if match.action == "accept"}))
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
