#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace Postwright::Core {

class FrontMatter;

// Fills a FrontMatter's entries from its TOML block (Hugo's +++ front matter) with toml++, whose
// source regions give the position of every key and value.
class TomlBlockParser final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::TomlBlockParser)

public:
    static void parse(QStringView text, FrontMatter &frontMatter);
};

} // namespace Postwright::Core
