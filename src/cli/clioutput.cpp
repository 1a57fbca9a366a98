#include "clioutput.h"

#include "cliterminal.h"
#include "core/text/servertext.h"

#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

namespace {

// Whatever reaches the terminal: each line as it is meant, with anything that could drive the
// terminal (escape sequences, other control and formatting characters) made visible. Fields from
// servers and files are already one line each (ServerText::oneLine); this is the last line of defence.
QString terminalSafe(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = ServerText::oneLine(line);
    return lines.join(QLatin1Char('\n'));
}

// JSON for a terminal or a log as well as for a parser: the characters that could drive a terminal
// or reorder what it shows are written as \u escapes, which a parser reads back as the same text.
// They can only occur inside JSON strings, where such an escape means the same character.
QByteArray terminalSafeJson(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json);
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (c.unicode() >= 0x7f &&
            (category == QChar::Other_Control || category == QChar::Other_Format ||
             category == QChar::Separator_Line || category == QChar::Separator_Paragraph))
            safe += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe.toUtf8();
}

} // namespace

CliOutput::CliOutput(bool json, bool quiet)
    : m_json(json)
    , m_quiet(quiet)
    , m_progressEnabled(!quiet && CliTerminal::isStderrTerminal())
{}

CliOutput::~CliOutput()
{
    endProgress();
}

bool CliOutput::isJson() const
{
    return m_json;
}

bool CliOutput::isQuiet() const
{
    return m_quiet;
}

void CliOutput::line(const QString& text)
{
    writeOut((terminalSafe(text) + QLatin1Char('\n')).toLocal8Bit());
}

void CliOutput::json(const QJsonObject& object)
{
    // JSON is UTF-8 whatever the locale: scripts read bytes, not the terminal's code page.
    writeOut(terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '\n');
}

void CliOutput::raw(const QString& text)
{
    writeOut(text.toUtf8());
}

void CliOutput::error(const QString& text)
{
    hideProgress();
    CliTerminal::writeError(QStringLiteral("extracta-batch: %1\n").arg(terminalSafe(text)));
    showProgress();
}

void CliOutput::note(const QString& text)
{
    if (m_quiet)
        return;
    hideProgress();
    CliTerminal::writeError(terminalSafe(text) + QLatin1Char('\n'));
    showProgress();
}

void CliOutput::progress(const QString& text)
{
    if (!m_progressEnabled || text == m_progress)
        return;
    hideProgress();
    m_progress = text;
    showProgress();
}

bool CliOutput::showsProgress() const
{
    return m_progressEnabled;
}

void CliOutput::endProgress()
{
    if (m_progress.isEmpty())
        return;
    CliTerminal::writeError(QStringLiteral("\n"));
    m_progress.clear();
}

void CliOutput::writeOut(const QByteArray& bytes)
{
    hideProgress();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    showProgress();
}

void CliOutput::hideProgress()
{
    if (!m_progress.isEmpty())
        CliTerminal::writeError(QLatin1Char('\r') + QString(m_progress.size(), QLatin1Char(' ')) +
                                QLatin1Char('\r'));
}

void CliOutput::showProgress()
{
    if (!m_progress.isEmpty())
        CliTerminal::writeError(m_progress);
}
