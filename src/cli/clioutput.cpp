#include "clioutput.h"

#include "cliterminal.h"

#include <QJsonDocument>

#include <cstdio>

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
    writeOut((text + QLatin1Char('\n')).toLocal8Bit());
}

void CliOutput::json(const QJsonObject& object)
{
    // JSON is UTF-8 whatever the locale: scripts read bytes, not the terminal's code page.
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::raw(const QString& text)
{
    writeOut(text.toUtf8());
}

void CliOutput::error(const QString& text)
{
    hideProgress();
    CliTerminal::writeError(QStringLiteral("extracta-batch: %1\n").arg(text));
    showProgress();
}

void CliOutput::note(const QString& text)
{
    if (m_quiet)
        return;
    hideProgress();
    CliTerminal::writeError(text + QLatin1Char('\n'));
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
