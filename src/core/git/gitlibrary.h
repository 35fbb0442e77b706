#pragma once

namespace Postwright::Core {

// Keeps libgit2 initialised for as long as an instance lives; instances may nest.
class GitLibrary final {
public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;
};

} // namespace Postwright::Core
