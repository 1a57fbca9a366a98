#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QSocketNotifier;

// A client on a bare non-blocking POSIX socket, for what QTcpSocket hides: whether the server ended
// the connection with an orderly close or a reset, every byte in the pieces it came in, and reading at
// a pace the test chooses, so that the server meets a slow reader. It never frames answers.
class RawWireClient final : public QObject
{
    Q_OBJECT

public:
    enum class Ending
    {
        Open,
        Closed, // the server's FIN after all its bytes
        Reset,  // a TCP RST
    };

    explicit RawWireClient(QObject* parent = nullptr);
    ~RawWireClient() override;

    bool connectTo(quint16 port);
    bool send(const QByteArray& bytes);
    // Keeps at most `limit` of the bytes received; the rest is only counted. -1 keeps everything.
    void setKeptBytesLimit(qint64 limit);
    // From now on reads at most `bytes` every `intervalMs`, leaving the rest in the kernel, which makes
    // the server's writes wait. The socket's receive buffer is made small for this to bite quickly.
    void setPace(qint64 bytes, int intervalMs);
    // Closes this side at once.
    void close();

    QByteArray receivedBytes() const;
    qint64 receivedByteCount() const;
    int readCount() const; // reads that returned data
    Ending ending() const;

    // Runs the event loop until `done` holds, re-checking whenever bytes arrive; no polling sleeps.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);
    bool waitForEnding(int timeoutMs = 5000);

signals:
    void changed();

private:
    void readAvailable(qint64 budget);

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_pace;
    qint64 m_paceBytes = 0;
    qint64 m_keepLimit = -1;
    QByteArray m_received;
    qint64 m_receivedCount = 0;
    int m_reads = 0;
    Ending m_ending = Ending::Open;
};
