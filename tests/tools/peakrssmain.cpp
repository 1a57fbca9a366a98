// eba-peakrss --output FILE -- COMMAND [ARGUMENT...]
// Runs COMMAND as its child with the same standard input, output and error, waits for it with wait4()
// and writes the child's peak resident set size in KiB (ru_maxrss) and a newline to FILE. It then ends
// the way the child did: with its exit code, or killed by the same signal. SIGTERM, SIGINT, SIGHUP and
// SIGQUIT are passed on to the child, and a SIGKILL of this wrapper kills the child too, so a test
// that gives up on a run leaves nothing behind. Linux only: it relies on PR_SET_PDEATHSIG.
//
// Plain C++ without Qt, so that the wrapper adds next to nothing to what it measures.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile sig_atomic_t child = 0;

void passOn(int signal)
{
    if (child > 0)
        ::kill(pid_t(child), signal);
}

int usage()
{
    std::fprintf(stderr, "usage: eba-peakrss --output FILE -- COMMAND [ARGUMENT...]\n");
    return 125;
}

bool writePeak(const char* path, long kib)
{
    const std::string text = std::to_string(kib) + "\n";
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    return ::close(fd) == 0 && written;
}

[[noreturn]] void endLike(int status)
{
    if (WIFEXITED(status))
        std::exit(WEXITSTATUS(status));
    const int signal = WTERMSIG(status);
    // Die of the same signal, without a core file of our own.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    std::signal(signal, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
    ::raise(signal);
    std::exit(128 + signal);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 5 || std::strcmp(argv[1], "--output") != 0 || std::strcmp(argv[3], "--") != 0)
        return usage();
    const char* output = argv[2];
    char** command = argv + 4;

    // Set up before the fork, so that no signal can arrive between the two and be lost.
    struct sigaction forward = {};
    forward.sa_handler = passOn;
    sigemptyset(&forward.sa_mask);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        ::sigaction(signal, &forward, nullptr);

    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("eba-peakrss: fork");
        return 125;
    }
    if (pid == 0) {
        // exec() gives the signals caught above back their default action.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            _exit(125); // the wrapper died before the line above took effect
        ::execvp(command[0], command);
        std::fprintf(stderr, "eba-peakrss: cannot run %s: %s\n", command[0], std::strerror(errno));
        _exit(127);
    }
    child = pid;

    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("eba-peakrss: wait4");
            return 125;
        }
    }
    if (!writePeak(output, usage.ru_maxrss))
        std::fprintf(stderr, "eba-peakrss: cannot write %s: %s\n", output, std::strerror(errno));
    endLike(status);
}
