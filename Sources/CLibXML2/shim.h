// libxml2's HTML parser and tree, for reading saved web pages.
#ifndef THDASH_CLIBXML2_SHIM_H
#define THDASH_CLIBXML2_SHIM_H

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
