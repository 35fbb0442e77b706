#pragma once

#include <QString>

// Where the tests find the project's files and the built program: fixed when the build is
// configured, so a test program runs the same from CTest, a debugger or a shell.
namespace TestPaths {

inline QString sourceDir()
{
    return QStringLiteral(POSTWRIGHT_TEST_SOURCE_DIR);
}

inline QString postwrightBinary()
{
    return QStringLiteral(POSTWRIGHT_TEST_BINARY);
}

} // namespace TestPaths
