#pragma once
// The shotcraft-cli subcommands. Each returns the process exit code; errors a user can
// cause throw (UsageError: exit 2, anything else: exit 1) and main prints one line.

#include <string>
#include <vector>

namespace shotcraft::cli {

int runInfo(const std::vector<std::string>& args);
int runConvert(const std::vector<std::string>& args);
int runDemo(const std::vector<std::string>& args);
int runWorld(const std::vector<std::string>& args);
int runGenerate(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runEval(const std::vector<std::string>& args);
int runProject(const std::vector<std::string>& args);

}  // namespace shotcraft::cli
