#include "fuzzentries.h"

#include <array>

namespace FuzzEntries {

void FindingList::check(bool holds, const char* property, const QString& detail)
{
    if (holds)
        return;
    QString line = QString::fromLatin1(property);
    if (!detail.isEmpty())
        line += QLatin1String(": ") + detail;
    m_findings.append(line);
}

Findings FindingList::take()
{
    return std::exchange(m_findings, Findings());
}

namespace {

constexpr std::array<Entry, 5> Entries{{
    {"answers", &answers},
    {"idlist", &idList},
    {"httprequest", &httpRequest},
    {"options", &options},
    {"servertext", &serverText},
}};

} // namespace

std::span<const Entry> all()
{
    return Entries;
}

const Entry* find(QByteArrayView name)
{
    for (const Entry& entry : Entries) {
        if (name == QByteArrayView(entry.name))
            return &entry;
    }
    return nullptr;
}

QString describe(QByteArrayView data)
{
    constexpr qsizetype MaxShown = 200;
    QString text;
    for (const char c : data.first(std::min(data.size(), MaxShown))) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f && c != '\\')
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if (data.size() > MaxShown)
        text += QStringLiteral("… (%1 bytes)").arg(data.size());
    return text;
}

} // namespace FuzzEntries
