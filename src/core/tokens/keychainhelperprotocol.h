#pragma once

#include "tokenstore.h"

#include <optional>

// How extracta-batch and its keychain helper, extracta-batch-keychain, talk. The helper is a separate
// program so that the CLI itself does not load QtKeychain and the D-Bus/crypto libraries behind it on
// every start; it runs only when the token is neither in EXTRACTA_API_TOKEN nor on standard input.
//
//   extracta-batch-keychain --service NAME --connection NAME --timeout-ms N
//
// Nothing secret is passed on the command line. On success the helper prints the token and "\n" on
// standard output and exits with Found; otherwise it prints a user-facing message on standard error
// and exits with the code of the TokenStore::Status it got.
namespace KeychainHelper {

// The file name without the platform's executable suffix.
inline constexpr char ProgramName[] = "extracta-batch-keychain";

enum ExitCode : int
{
    Found = 0,
    UsageError = 2,
    NotFound = 3,
    Unavailable = 4,
    Failed = 5,
};

constexpr ExitCode exitCodeFor(TokenStore::Status status)
{
    switch (status) {
    case TokenStore::Status::Ok:
        return Found;
    case TokenStore::Status::NotFound:
        return NotFound;
    case TokenStore::Status::Unavailable:
        return Unavailable;
    case TokenStore::Status::Failed:
        return Failed;
    }
    return Failed;
}

// The status an exit code stands for; nullopt for codes the helper does not use for a status.
constexpr std::optional<TokenStore::Status> statusForExitCode(int code)
{
    switch (code) {
    case Found:
        return TokenStore::Status::Ok;
    case NotFound:
        return TokenStore::Status::NotFound;
    case Unavailable:
        return TokenStore::Status::Unavailable;
    case Failed:
        return TokenStore::Status::Failed;
    default:
        return std::nullopt;
    }
}

} // namespace KeychainHelper
