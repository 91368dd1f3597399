package io.portolan.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an address list or one zone CIDR range: a single address, a CIDR block or a {@code first-last}
 * range, with the addresses it covers. Made by {@link Addresses#items} and {@link Addresses#cidr}. An IPv4 item
 * and an IPv6 item never share an address. Equal items are of one kind and one {@link #canonical()} text.
 */
public final class AddressItem {

    /** How an item is written. */
    public enum Kind {
        /** One address, {@code 10.0.1.10}. */
        ADDRESS,
        /** A CIDR block, {@code 10.0.1.0/24}. */
        CIDR,
        /** A range of addresses, {@code 10.0.2.10-10.0.2.29}. */
        RANGE
    }

    private final Kind kind;
    private final String text;
    private final String canonical;
    private final IPAddressSeqRange covered;
    /** The block a CIDR range written with host bits set is read as; null for every other item. */
    private final String readAsBlock;

    private AddressItem(Kind kind, String text, String canonical, IPAddressSeqRange covered, String readAsBlock) {
        this.kind = kind;
        this.text = text;
        this.canonical = canonical;
        this.covered = covered;
        this.readAsBlock = readAsBlock;
    }

    static AddressItem single(String text, IPAddress address) {
        return new AddressItem(Kind.ADDRESS, text, address.toCanonicalString(), address.toSequentialRange(), null);
    }

    static AddressItem block(String text, IPAddress block) {
        IPAddress prefixBlock = block.toPrefixBlock();
        String readAs = block.isPrefixBlock() ? null : prefixBlock.toCanonicalString();
        return new AddressItem(Kind.CIDR, text, block.toCanonicalString(), prefixBlock.toSequentialRange(), readAs);
    }

    static AddressItem range(String text, IPAddressSeqRange range) {
        String canonical = range.getLower().toCanonicalString() + "-" + range.getUpper().toCanonicalString();
        return new AddressItem(Kind.RANGE, text, canonical, range, null);
    }

    /** How the item is written: one address, a CIDR block or a range. */
    public Kind kind() {
        return kind;
    }

    /** The item as written, without the blanks around it. */
    public String text() {
        return text;
    }

    /**
     * The item in one spelling for every way of writing it: IPv6 in lower case and compressed
     * ({@code 2001:DB8:0::1} is {@code 2001:db8::1}); a CIDR block keeps the address as written, host bits and all.
     */
    public String canonical() {
        return canonical;
    }

    /** True for IPv4, false for IPv6. */
    public boolean isIpv4() {
        return covered.getLower().isIPv4();
    }

    /** The lowest address the item covers, canonical: the block's network address for a CIDR block. */
    public String first() {
        return covered.getLower().toCanonicalString();
    }

    /** The highest address the item covers, canonical. */
    public String last() {
        return covered.getUpper().toCanonicalString();
    }

    /**
     * The fewest CIDR blocks that hold exactly the item's addresses, canonical and in address order: one block for
     * an address ({@code 10.0.1.10/32}) or a CIDR block, and for a range as many as it takes
     * ({@code 10.0.2.10-10.0.2.13} is {@code 10.0.2.10/31, 10.0.2.12/31}), as a tool that knows no ranges needs them.
     */
    public List<String> prefixBlocks() {
        IPAddress[] blocks = covered.spanWithPrefixBlocks();
        List<String> texts = new ArrayList<>(blocks.length);
        for (IPAddress block : blocks) {
            texts.add(block.toCanonicalString());
        }
        return texts;
    }

    /**
     * True for a CIDR block written with host bits set, such as {@code 10.0.1.5/24}: it is read as the block
     * {@code 10.0.1.0/24}, which may not be what was meant.
     */
    public boolean hasHostBits() {
        return readAsBlock != null;
    }

    /** What to warn about a CIDR block written with host bits set, naming the block it is read as; empty otherwise. */
    public Optional<String> hostBitsProblem() {
        return Optional.ofNullable(readAsBlock).map(block -> "'" + text + "' has host bits set: it is read as the block " + block);
    }

    /** True when every address of the other item is one of this item's. */
    public boolean contains(AddressItem other) {
        return sameVersion(other) && covered.contains(other.covered);
    }

    /** True when the two items share at least one address. */
    public boolean overlaps(AddressItem other) {
        return sameVersion(other) && covered.overlaps(other.covered);
    }

    /** True when the two items cover exactly the same addresses, however written ({@code 10.0.1.0/30}, {@code 10.0.1.0-10.0.1.3}). */
    public boolean coversSameAddresses(AddressItem other) {
        return sameVersion(other) && covered.getValue().equals(other.covered.getValue())
                && covered.getUpperValue().equals(other.covered.getUpperValue());
    }

    /**
     * True when every address of this item lies in one of the blocks, such as a zone's CIDR ranges; a range may
     * span two adjacent blocks. False for no blocks.
     */
    public boolean isInside(Collection<AddressItem> blocks) {
        List<IPAddressSeqRange> outside = List.of(covered);
        for (AddressItem block : blocks) {
            if (!sameVersion(block)) {
                continue;
            }
            List<IPAddressSeqRange> left = new ArrayList<>();
            for (IPAddressSeqRange part : outside) {
                left.addAll(Arrays.asList(part.subtract(block.covered)));
            }
            outside = left;
        }
        return outside.isEmpty();
    }

    private boolean sameVersion(AddressItem other) {
        return isIpv4() == other.isIpv4();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressItem other && kind == other.kind && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, canonical);
    }

    /** The item as written. */
    @Override
    public String toString() {
        return text;
    }
}
