#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace Postwright::App::Highlighting {

// KDE's KSyntaxHighlighting (KF6) when the build found it, else Postwright's own highlighter.
QString backendName();
QSyntaxHighlighter *attach(QTextDocument *document, bool dark);
void setDark(QSyntaxHighlighter *highlighter, bool dark);

} // namespace Postwright::App::Highlighting
