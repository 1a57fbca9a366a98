#pragma once

#include "sandboxserver.h"

#include <QByteArray>

// Incremental HTTP/1.1 request parser for one connection. Bytes arrive in arbitrary pieces; the parser
// remembers how far it has looked so that a request trickling in byte by byte costs O(n), not O(n²).
class HttpRequestParser
{
public:
    enum class Result
    {
        NeedMoreData,
        RequestReady,
        Failed,
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    // Looks at the front of `buffer`; on RequestReady the request's bytes have been removed from it.
    Result parse(QByteArray& buffer);
    SandboxRequest takeRequest();
    // Whether the connection may carry another request after the one just taken.
    bool keepAlive() const;
    // True once per request whose client waits for "100 Continue" before sending its body (curl does).
    bool takeContinueRequest();
    // After Failed: the status to answer with (400, 413, 431, 501, 505) and a short reason.
    int errorStatus() const;
    QByteArray errorMessage() const;

private:
    Result fail(int status, const QByteArray& message);
    Result parseHeaderBlock(const QByteArray& buffer, qsizetype headerEnd);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    Result interpretHeaders();

    enum class Phase
    {
        Header,
        Body,
        Broken,
    };

    Phase m_phase = Phase::Header;
    qsizetype m_scanFrom = 0; // start of the first header line not yet checked for being the blank one
    qsizetype m_headerLength = 0;
    qsizetype m_bodyLength = 0;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_continueRequested = false;
    SandboxRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};
