#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postwright::Core {

// A message of a core file whose class and free functions both translate: lupdate files the
// free functions' messages under "Postwright::Core" and the class's under its own name, so look in
// the class's context first, then in the namespace's.
inline QString translateInClassOrNamespace(const char *classContext, const char *text)
{
    const QString inClass = QCoreApplication::translate(classContext, text);
    return inClass != QString::fromUtf8(text) ? inClass : QCoreApplication::translate("Postwright::Core", text);
}

} // namespace Postwright::Core
