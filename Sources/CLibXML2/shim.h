// libxml2's HTML parser and tree, for reading saved web pages.
#ifndef THDASH_CLIBXML2_SHIM_H
#define THDASH_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers would then pull in ICU's, which clash with Foundation's own
// copy of ICU in Swift. Nothing here uses the ICU converters, so leave them out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Parser options: recover from broken markup, stay silent, never touch the network.
static inline int thd_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
}

static inline int thd_element_node(void) { return XML_ELEMENT_NODE; }
static inline int thd_text_node(void) { return XML_TEXT_NODE; }
static inline int thd_cdata_node(void) { return XML_CDATA_SECTION_NODE; }

/// Silences libxml2's generic error handler (it would print to stderr).
static void thd_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void thd_silence_errors(void) { xmlSetGenericErrorFunc(NULL, thd_ignore_error); }

/// xmlFree is a global function pointer, which Swift's strict concurrency will not read directly.
static inline void thd_xml_free(void *pointer) { xmlFree(pointer); }

#endif
