// Thin C shim over ncursesw: what Swift cannot import directly (macros with
// expressions, global variables that strict concurrency rejects).
#ifndef THDASH_CNCURSESW_SHIM_H
#define THDASH_CNCURSESW_SHIM_H

// No pkg-config flags reach this module (see Package.swift): ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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

/// Key codes thdash gives the bracketed-paste markers (see thd_bracketed_paste_on): far above KEY_MAX and
/// the codes ncurses numbers the terminal's extended keys with.
static inline int thd_key_paste_start(void) { return KEY_MAX + 0x1000; }
static inline int thd_key_paste_end(void) { return KEY_MAX + 0x1001; }

/// Reads one key or character; returns the wget_wch status and stores the code.
static inline int thd_get_wch(wint_t *code) { return wget_wch(stdscr, code); }

/// Writes `n` wide characters at (y, x) with the given attributes and colour pair.
static inline void thd_put(int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    mvaddnwstr(y, x, text, n);
}

static inline void thd_keypad(void) { keypad(stdscr, TRUE); }

/// Turns off XON/XOFF flow control, which cbreak leaves on: Ctrl-S would stop all output to the terminal
/// (a frozen screen) until Ctrl-Q. Then records the mode as ncurses' program mode, so that it is the one
/// ncurses puts back after a suspend; endwin still restores the shell's mode, flow control included.
static inline void thd_no_flow_control(void) {
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) != 0) return;
    mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    def_prog_mode();
}

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

/// Opens the terminal type `term` on stdin/stdout. Unlike initscr, returns NULL for an unknown type
/// instead of printing and exiting, so the caller can report it.
static inline SCREEN *thd_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// True when the current locale's character set is UTF-8 (ncursesw needs it for Vietnamese text).
static inline int thd_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Exit guards: put the terminal back however the process ends. Written in C because a signal handler must
// not run Swift code (allocation, runtime locks); calling endwin from one is what ncurses itself does.
// Call thd_install_exit_guards from a single Swift file: the statics below are per translation unit.

/// Whether the terminal was asked for bracketed paste and not yet told to stop.
static inline volatile sig_atomic_t *thd_paste_mode(void) {
    static volatile sig_atomic_t on = 0;
    return &on;
}

/// Tells ncurses that the bracketed-paste markers ESC[200~ and ESC[201~ are keys, so that wget_wch returns
/// them as thd_key_paste_start and thd_key_paste_end rather than as Esc and four characters.
static inline void thd_define_paste_keys(void) {
    define_key("\033[200~", thd_key_paste_start());
    define_key("\033[201~", thd_key_paste_end());
}

/// Asks the terminal to bracket pasted text with those markers (xterm's mode 2004; terminals that do not know
/// it ignore it), so that a paste is told from typing.
static inline void thd_bracketed_paste_on(void) {
    thd_define_paste_keys();
    static const char on[] = "\033[?2004h";
    if (write(STDOUT_FILENO, on, sizeof on - 1) == (ssize_t)(sizeof on - 1)) *thd_paste_mode() = 1;
}

/// Turns bracketed paste off again, once; safe in a signal handler.
static inline void thd_bracketed_paste_off(void) {
    if (!*thd_paste_mode()) return;
    *thd_paste_mode() = 0;
    static const char off[] = "\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, off, sizeof off - 1);
    (void)written;
}

static inline void thd_restore_terminal(void) {
    if (!isendwin()) endwin();
    thd_bracketed_paste_off();
}

static inline struct sigaction *thd_saved_actions(void) {
    static struct sigaction saved[NSIG];
    return saved;
}

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore, then exit with the shell's 128 + signal. SIGQUIT (Ctrl-\) is
/// among them so that the Swift runtime's crash reporter, which would take it, does not paint a report over
/// the dashboard and wait at a prompt.
static inline void thd_on_exit_signal(int sig) {
    thd_restore_terminal();
    _exit(128 + sig);
}

/// Crashes: restore, then hand the signal to whoever had it before (the Swift runtime's backtracer, or the
/// default action) so the crash still dumps and reports as itself. A handler that returns expects the
/// faulting instruction to fault again; a signal sent with kill has no such instruction, and the program
/// would carry on with its terminal restored under it. So if we get back here, die by the default action.
static inline void thd_on_fatal_signal(int sig) {
    thd_restore_terminal();
    sigaction(sig, &thd_saved_actions()[sig], NULL);
    raise(sig);
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void thd_at_exit(void) { thd_restore_terminal(); }

/// SIGTSTP (Ctrl-Z) while ncurses' own handler is installed: ncurses restores the shell's mode, stops, and
/// redraws the screen after `fg`, but knows nothing of bracketed paste, which stayed on in the shell (a paste
/// there arrived wrapped in ESC[200~ … ESC[201~). So turn it off around ncurses' handler and on again after.
static inline void thd_on_suspend(int sig) {
    int pasting = *thd_paste_mode();
    thd_bracketed_paste_off();
    thd_saved_actions()[SIGTSTP].sa_handler(sig);
    if (pasting) {
        static const char on[] = "\033[?2004h";
        if (write(STDOUT_FILENO, on, sizeof on - 1) == (ssize_t)(sizeof on - 1)) *thd_paste_mode() = 1;
    }
}

static inline void thd_install_exit_guards(void) {
    static int installed = 0;
    if (installed) return;
    installed = 1;
    // A crash from stack overflow needs a stack to run the handler on; keep one already installed.
    static char alternate[1 << 16];
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t ours;
        memset(&ours, 0, sizeof ours);
        ours.ss_sp = alternate;
        ours.ss_size = sizeof alternate;
        sigaltstack(&ours, NULL);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = thd_on_exit_signal;
    const int exits[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof exits / sizeof exits[0]; i++) sigaction(exits[i], &action, NULL);
    action.sa_handler = thd_on_fatal_signal;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    const int fatals[] = {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP};
    for (size_t i = 0; i < sizeof fatals / sizeof fatals[0]; i++) {
        sigaction(fatals[i], &action, &thd_saved_actions()[fatals[i]]);
    }
    // ncurses installed its SIGTSTP handler in newterm, unless the shell had SIGTSTP ignored (no job
    // control: then Ctrl-Z does nothing, and nothing needs wrapping).
    struct sigaction suspend;
    if (sigaction(SIGTSTP, NULL, &suspend) == 0 && !(suspend.sa_flags & SA_SIGINFO) &&
        suspend.sa_handler != SIG_DFL && suspend.sa_handler != SIG_IGN) {
        thd_saved_actions()[SIGTSTP] = suspend;
        struct sigaction wrapper = suspend;
        wrapper.sa_handler = thd_on_suspend;
        sigaction(SIGTSTP, &wrapper, NULL);
    }
    atexit(thd_at_exit);
}

// Last in the file: term.h defines a macro for every capability's name (lines, columns, ...), which must not
// reach the code above.
#include <ncursesw/term.h>

/// Whether terminfo's entry for `term` can address the cursor (has `cup`): 1 yes, 0 no, -1 when there is no
/// such entry. Read without opening the terminal: nothing is written to it and its mode is left alone.
static inline int thd_term_addresses_cursor(const char *term) {
    TERMINAL *previous = cur_term;
    int status = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &status) != OK) return -1;
    char *cup = tigetstr("cup");
    int addresses = cup != NULL && cup != (char *)-1 && *cup != 0;
    del_curterm(cur_term);
    set_curterm(previous);
    return addresses;
}

#endif
