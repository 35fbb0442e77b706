#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace Postwright::Core {

class FrontMatter;

// Fills a FrontMatter's entries from its YAML block with libyaml's event parser, whose marks give
// the exact position of every key and value.
class YamlBlockParser final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::YamlBlockParser)

public:
    static void parse(QStringView text, FrontMatter &frontMatter);
};

} // namespace Postwright::Core
