// Thin C shim over ncursesw: what Swift cannot import directly (macros with
// expressions, global variables that strict concurrency rejects).
#ifndef THDASH_CNCURSESW_SHIM_H
#define THDASH_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>
#include <wchar.h>

static inline WINDOW *thd_stdscr(void) { return stdscr; }
static inline int thd_lines(void) { return LINES; }
static inline int thd_cols(void) { return COLS; }
static inline int thd_colors(void) { return COLORS; }
static inline int thd_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t thd_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t thd_a_normal(void) { return A_NORMAL; }
static inline attr_t thd_a_bold(void) { return A_BOLD; }
static inline attr_t thd_a_dim(void) { return A_DIM; }
static inline attr_t thd_a_reverse(void) { return A_REVERSE; }
static inline attr_t thd_a_underline(void) { return A_UNDERLINE; }

static inline int thd_key_resize(void) { return KEY_RESIZE; }
static inline int thd_key_mouse(void) { return KEY_MOUSE; }
static inline int thd_key_f(int n) { return KEY_F(n); }

/// Reads one key or character; returns the wget_wch status and stores the code.
static inline int thd_get_wch(wint_t *code) { return wget_wch(stdscr, code); }

/// Writes `n` wide characters at (y, x) with the given attributes and colour pair.
static inline void thd_put(int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    mvaddnwstr(y, x, text, n);
}

static inline void thd_keypad(void) { keypad(stdscr, TRUE); }
static inline void thd_timeout(int ms) { timeout(ms); }
static inline int thd_mouse_on(void) {
    return mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}
static inline int thd_mouse_event(int *x, int *y, unsigned long *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *x = ev.x; *y = ev.y; *bstate = (unsigned long)ev.bstate;
    return 1;
}
static inline unsigned long thd_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline unsigned long thd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline unsigned long thd_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
