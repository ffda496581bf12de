// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The main() of a fuzz target outside the fuzz build: runs the target's entry point once over each
// file named on the command line (folders are walked), so every build replays the seed corpus and
// every input that once crashed, under whatever sanitizers that build has.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

int replay(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return 1;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    int unreadable = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg)) {
                if (entry.is_regular_file()) {
                    unreadable += replay(entry.path());
                    ++replayed;
                }
            }
        } else if (std::filesystem::exists(arg)) {
            unreadable += replay(arg);
            ++replayed;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    // No input at all means the corpus went missing: that must not pass quietly.
    return replayed > 0 && unreadable == 0 ? 0 : 1;
}
