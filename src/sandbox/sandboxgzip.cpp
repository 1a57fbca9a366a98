#include "sandboxgzip.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace {

// Header of a gzip member: deflate, no flags, no time stamp, unknown operating system.
constexpr std::array<char, 10> GzipHeader{'\x1f', '\x8b', '\x08', 0, 0, 0, 0, 0, 0, '\xff'};
constexpr int MaxMatch = 258;

const std::array<quint32, 256>& crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    return table;
}

// CRC-32 register update without the pre- and post-inversion.
quint32 crcUpdate(quint32 reg, QByteArrayView bytes)
{
    for (const char byte : bytes)
        reg = crcTable()[(reg ^ quint8(byte)) & 0xff] ^ (reg >> 8);
    return reg;
}

// The CRC register update for one byte is affine over GF(2); composing it with itself by squaring
// gives the update for a run of n equal bytes in O(log n), so a bomb's check value costs nothing.
struct AffineMap
{
    std::array<quint32, 32> columns{};
    quint32 offset = 0;

    quint32 linear(quint32 x) const
    {
        quint32 result = 0;
        for (int i = 0; x != 0; ++i, x >>= 1) {
            if (x & 1)
                result ^= columns[i];
        }
        return result;
    }
    quint32 apply(quint32 x) const
    {
        return linear(x) ^ offset;
    }
    // this ∘ inner
    AffineMap after(const AffineMap& inner) const
    {
        AffineMap result;
        for (int i = 0; i < 32; ++i)
            result.columns[i] = linear(inner.columns[i]);
        result.offset = apply(inner.offset);
        return result;
    }
    static AffineMap identity()
    {
        AffineMap map;
        for (int i = 0; i < 32; ++i)
            map.columns[i] = 1u << i;
        return map;
    }
};

quint32 crcUpdateRun(quint32 reg, char byte, quint64 count)
{
    const QByteArrayView one(&byte, 1);
    AffineMap step;
    step.offset = crcUpdate(0, one);
    for (int i = 0; i < 32; ++i)
        step.columns[i] = crcUpdate(1u << i, one) ^ step.offset;
    AffineMap result = AffineMap::identity();
    for (; count != 0; count >>= 1, step = step.after(step)) {
        if (count & 1)
            result = step.after(result);
    }
    return result.apply(reg);
}

QByteArray gzipTrailer(quint32 crc, quint64 size)
{
    QByteArray trailer(8, Qt::Uninitialized);
    qToLittleEndian<quint32>(crc, trailer.data());
    qToLittleEndian<quint32>(quint32(size), trailer.data() + 4);
    return trailer;
}

// Deflate's bit order: fields least significant bit first, Huffman codes most significant bit first.
class BitWriter
{
public:
    void bits(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
    }
    void code(quint32 code, int length)
    {
        for (int i = length - 1; i >= 0; --i)
            bit((code >> i) & 1);
    }
    void bit(quint32 value)
    {
        m_pending |= (value & 1) << m_pendingBits;
        if (++m_pendingBits == 8)
            flushByte();
    }
    void alignToByte()
    {
        if (m_pendingBits > 0)
            flushByte();
    }
    int pendingBits() const
    {
        return m_pendingBits;
    }
    void appendAligned(QByteArrayView bytes)
    {
        m_bytes += bytes;
    }
    QByteArray takeBytes()
    {
        return std::exchange(m_bytes, QByteArray());
    }

private:
    void flushByte()
    {
        m_bytes += char(m_pending);
        m_pending = 0;
        m_pendingBits = 0;
    }

    QByteArray m_bytes;
    quint32 m_pending = 0;
    int m_pendingBits = 0;
};

// Fixed Huffman code of a literal byte (RFC 1951, 3.2.6).
void fixedLiteral(BitWriter& out, quint8 literal)
{
    if (literal <= 143)
        out.code(0x30 + literal, 8);
    else
        out.code(0x190 + (literal - 144), 9);
}

// The header of a dynamic Huffman block whose only literal/length codes are end-of-block (256) and
// "length 258" (285), one bit each, and whose only distance code is "distance 1", one bit. Each
// repetition of the previous byte 258 times then costs two bits: '1' (length 258) and '0' (distance 1).
void runBlockHeader(BitWriter& out)
{
    out.bits(0, 1);  // not the final block
    out.bits(2, 2);  // dynamic Huffman codes
    out.bits(29, 5); // HLIT: 286 literal/length code lengths
    out.bits(0, 5);  // HDIST: 1 distance code length
    out.bits(14, 4); // HCLEN: 18 code length code lengths
    // In the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1, only 18 and 1 are used: one bit each,
    // '0' for length 1 and '1' for "repeat zero 11..138 times".
    constexpr std::array<int, 18> codeLengthLengths{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    for (const int length : codeLengthLengths)
        out.bits(quint32(length), 3);
    const auto zeros = [&out](int count) {
        out.code(1, 1);
        out.bits(quint32(count - 11), 7);
    };
    zeros(138);     // literals 0..137
    zeros(118);     // literals 138..255
    out.code(0, 1); // 256, end of block: length 1
    zeros(28);      // lengths 257..284
    out.code(0, 1); // 285, length 258: length 1
    out.code(0, 1); // distance code 0 (distance 1): length 1
}

// Bit i of a run of "length 258, distance 1" pairs.
quint32 runBit(quint64 i)
{
    return (i % 2 == 0) ? 1 : 0;
}

} // namespace

QByteArray gzipMember(const QByteArray& bytes)
{
    QByteArray member(GzipHeader.data(), qsizetype(GzipHeader.size()));
    if (bytes.isEmpty()) {
        // qCompress has nothing to say about nothing; deflate's is one final fixed block, empty.
        member += QByteArrayView("\x03\x00", 2);
    } else {
        // qCompress gives a 4-byte length, a 2-byte zlib header, the raw deflate data and a 4-byte Adler-32.
        const QByteArray zlib = qCompress(bytes, 9);
        member += QByteArrayView(zlib).sliced(6, zlib.size() - 10);
    }
    member += gzipTrailer(crcUpdate(0xffffffffu, bytes) ^ 0xffffffffu, quint64(bytes.size()));
    return member;
}

SandboxBody gzipMember(const SandboxBody& body)
{
    Q_ASSERT(body.head.size() < 0xffff);
    if (body.fillerCount == 0)
        return SandboxBody::fixed(gzipMember(body.head + body.tail));
    BitWriter out;
    out.appendAligned(QByteArrayView(GzipHeader.data(), qsizetype(GzipHeader.size())));

    // A stored block with the head and the filler's first byte, which the runs then repeat.
    const QByteArray literal = body.head + body.filler;
    out.bits(0, 1);
    out.bits(0, 2);
    out.alignToByte();
    QByteArray lengths(4, Qt::Uninitialized);
    qToLittleEndian<quint16>(quint16(literal.size()), lengths.data());
    qToLittleEndian<quint16>(quint16(~literal.size()), lengths.data() + 2);
    out.appendAligned(lengths);
    out.appendAligned(literal);

    SandboxBody member;
    const bool endless = body.isEndless();
    const quint64 repeats = endless ? 0 : quint64(body.fillerCount - 1);
    const quint64 runs = repeats / MaxMatch;
    const quint64 runBits = 2 * runs;
    quint64 bitsWritten = 0;
    if (endless || runs > 0) {
        runBlockHeader(out);
        // Up to the next byte boundary by hand; from there every byte of the runs is the same.
        const quint64 toBoundary = quint64((8 - out.pendingBits()) % 8);
        for (; bitsWritten < toBoundary && (endless || bitsWritten < runBits); ++bitsWritten)
            out.bit(runBit(bitsWritten));
        if (out.pendingBits() == 0) {
            member.filler = char(runBit(bitsWritten) ? 0x55 : 0xaa);
            member.fillerCount = endless ? -1 : qint64((runBits - bitsWritten) / 8);
            bitsWritten += 8 * quint64(std::max<qint64>(0, member.fillerCount));
        }
    }
    member.head = out.takeBytes();
    if (endless)
        return member;

    for (; bitsWritten < runBits; ++bitsWritten)
        out.bit(runBit(bitsWritten));
    if (runs > 0)
        out.code(0, 1); // end of the run block
    // The final block, with fixed codes: what the runs left over, the tail, end of block.
    out.bits(1, 1);
    out.bits(1, 2);
    for (quint64 i = 0; i < repeats % MaxMatch; ++i)
        fixedLiteral(out, quint8(body.filler));
    for (const char byte : body.tail)
        fixedLiteral(out, quint8(byte));
    out.code(0, 7);
    out.alignToByte();

    quint32 crc = crcUpdate(0xffffffffu, body.head);
    crc = crcUpdateRun(crc, body.filler, quint64(body.fillerCount));
    crc = crcUpdate(crc, body.tail) ^ 0xffffffffu;
    member.tail = out.takeBytes() + gzipTrailer(crc, quint64(body.size()));
    return member;
}
