#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

// libxml2's encoding.h pulls in the system's ICU when built with it, whose types clash
// with the copy of ICU inside Foundation ("'UErrorCode' has different definitions").
// kg hands libxml2 UTF-8 only and never touches its encoding handlers, so the ICU part
// of those headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// The HTML parser's options as a plain int (Swift imports the C enum as a struct):
// recover from broken markup, report nothing on stderr, never touch the network,
// and read the bytes as the UTF-8 they are given as, whatever a <meta charset> says.
static inline int CLibXML2_htmlOptions(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
}

#endif
