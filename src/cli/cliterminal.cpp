#include "cliterminal.h"

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// A typed line longer than this is not an ID or a token; the rest of it is dropped.
constexpr qsizetype MaxLineBytes = 64 * 1024;

#ifdef Q_OS_WIN
bool isTerminal(FILE* stream)
{
    return _isatty(_fileno(stream)) != 0;
}
#else
bool isTerminal(FILE* stream)
{
    return isatty(fileno(stream)) != 0;
}
#endif

// Switches terminal echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_saved) &&
                   SetConsoleMode(m_handle, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }

    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        // The Enter key was not echoed either.
        CliTerminal::writeError(QStringLiteral("\n"));
    }

    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

namespace CliTerminal {

bool isStdinTerminal()
{
    return isTerminal(stdin);
}

bool isStderrTerminal()
{
    return isTerminal(stderr);
}

bool readLine(QString* line)
{
    QByteArray bytes;
    bool sawAnything = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        sawAnything = true;
        if (c == '\n')
            break;
        if (bytes.size() < MaxLineBytes)
            bytes.append(static_cast<char>(c));
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromLocal8Bit(bytes);
    return sawAnything;
}

bool readSecretLine(QString* line)
{
    if (!isStdinTerminal())
        return readLine(line);
    EchoOff echoOff;
    return readLine(line);
}

QByteArray readAll(qint64 limit, bool* tooLarge)
{
    QByteArray data;
    char buffer[64 * 1024];
    *tooLarge = false;
#ifdef Q_OS_WIN
    // The list is decoded as bytes later; text mode would alter line ends and stop at Ctrl+Z.
    _setmode(_fileno(stdin), _O_BINARY);
#endif
    while (true) {
        const size_t read = std::fread(buffer, 1, sizeof buffer, stdin);
        if (read == 0)
            break;
        if (data.size() + static_cast<qint64>(read) > limit) {
            *tooLarge = true;
            break;
        }
        data.append(buffer, static_cast<qsizetype>(read));
    }
    return data;
}

void keepRunningWhenOutputCloses()
{
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

void writeError(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace CliTerminal
