#pragma once

#include <QJsonObject>
#include <QString>

// Where the tool's words go: results on standard output (human lines or one JSON object per line),
// errors, notes and progress on standard error. Progress only appears on a terminal, so that a log
// file never fills with it.
class CliOutput
{
public:
    CliOutput(bool json, bool quiet);
    ~CliOutput();
    CliOutput(const CliOutput&) = delete;
    CliOutput& operator=(const CliOutput&) = delete;

    bool isJson() const;
    bool isQuiet() const;

    void line(const QString& text);       // standard output
    void json(const QJsonObject& object); // standard output, one line
    void raw(const QString& text);        // standard output, as is (e.g. CSV)
    void error(const QString& text);      // standard error, always; prefixed with the program name
    void note(const QString& text);       // standard error, unless --quiet
    void progress(const QString& text);   // standard error, overwriting itself, on a terminal only
    bool showsProgress() const;           // false when progress() would show nothing anyway
    void endProgress();                   // keeps the last progress line and moves on

private:
    void writeOut(const QByteArray& bytes);
    void hideProgress();
    void showProgress();

    bool m_json;
    bool m_quiet;
    bool m_progressEnabled;
    QString m_progress; // the line shown now; empty when none
};
