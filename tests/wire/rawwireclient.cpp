#include "rawwireclient.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qint64 ReadPiece = 64 * 1024;

} // namespace

RawWireClient::RawWireClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_pace, &QTimer::timeout, this, [this] { readAvailable(m_paceBytes); });
}

RawWireClient::~RawWireClient()
{
    close();
}

bool RawWireClient::connectTo(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // The kernel completes a loopback connect from the listen backlog, so blocking here is safe even
    // though the server shares this thread.
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        close();
        return false;
    }
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] { readAvailable(-1); });
    return true;
}

bool RawWireClient::send(const QByteArray& bytes)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno != EINTR && errno != EAGAIN)
            return false;
        sent += std::max<ssize_t>(0, n);
    }
    return sent == bytes.size();
}

void RawWireClient::setKeptBytesLimit(qint64 limit)
{
    m_keepLimit = limit;
}

void RawWireClient::setPace(qint64 bytes, int intervalMs)
{
    if (m_fd < 0)
        return;
    const int small = int(bytes);
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
    m_paceBytes = bytes;
    m_notifier->setEnabled(false);
    m_pace.start(intervalMs);
}

void RawWireClient::close()
{
    m_pace.stop();
    m_notifier.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

QByteArray RawWireClient::receivedBytes() const
{
    return m_received;
}

qint64 RawWireClient::receivedByteCount() const
{
    return m_receivedCount;
}

int RawWireClient::readCount() const
{
    return m_reads;
}

RawWireClient::Ending RawWireClient::ending() const
{
    return m_ending;
}

bool RawWireClient::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &RawWireClient::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

bool RawWireClient::waitForEnding(int timeoutMs)
{
    return waitUntil([this] { return m_ending != Ending::Open; }, timeoutMs);
}

void RawWireClient::readAvailable(qint64 budget)
{
    if (m_fd < 0 || m_ending != Ending::Open)
        return;
    char buffer[ReadPiece];
    qint64 left = budget < 0 ? std::numeric_limits<qint64>::max() : budget;
    while (left > 0) {
        const ssize_t n = ::recv(m_fd, buffer, size_t(std::min(left, ReadPiece)), 0);
        if (n > 0) {
            ++m_reads;
            m_receivedCount += n;
            left -= n;
            const qint64 keep =
                m_keepLimit < 0 ? n : std::clamp<qint64>(m_keepLimit - m_received.size(), 0, n);
            m_received.append(buffer, qsizetype(keep));
            continue;
        }
        if (n == 0) {
            m_ending = Ending::Closed;
        } else if (errno == EINTR) {
            continue;
        } else if (errno == ECONNRESET) {
            m_ending = Ending::Reset;
        } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
            m_ending = Ending::Reset;
        }
        break;
    }
    if (m_ending != Ending::Open) {
        m_pace.stop();
        m_notifier->setEnabled(false);
    }
    emit changed();
}
