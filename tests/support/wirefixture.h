#pragma once

#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrl>

// The real client and a sandbox with the sample data over loopback. A test may change the sandbox
// (faults, token, more batches), then calls start(), which points the client at it with its token.
struct WireFixture
{
    WireFixture()
    {
        // An http_proxy in the environment must never carry test traffic off this machine.
        network.setProxy(QNetworkProxy::NoProxy);
        server.loadSampleData();
    }

    bool start()
    {
        if (!server.start())
            return false;
        pointAt(server.baseUrl());
        client.setToken(server.token());
        return true;
    }

    void pointAt(const QUrl& baseUrl)
    {
        client.setEndpoint(ApiEndpoint::parse(baseUrl.toString()));
    }

    SandboxServer server;
    QNetworkAccessManager network;
    ExtractaClient client{&network};
};
