#pragma once

#include "cliexitcode.h"

class CliOutput;
struct CliArguments;

// Runs the command named on the command line with the app's settings (QSettings of
// "extracta-batch-admin", so the organisation and application names must be set first).
ExitCode runCommand(const CliArguments& arguments, CliOutput& output);
