#ifndef TASTER_CEDITLINE_SHIM_H
#define TASTER_CEDITLINE_SHIM_H

// Swift cannot call C variadic functions (el_set, el_get, history), and in the
// Swift 6 language mode it cannot touch the C globals stdin/stdout/stderr.
// Each call the shell needs is therefore wrapped in a small fixed-signature
// function here. Nothing in this file reads or writes files: history stays in
// memory (no H_LOAD, H_SAVE or el_source).

#include <stdio.h>
#include <string.h>
#include <histedit.h>

/// The callback type for prompts.
typedef char *(*cel_prompt_function)(EditLine *);

/// The callback type for functions bound to keys.
typedef unsigned char (*cel_key_function)(EditLine *, int);

/// The callback type for reading one character.
typedef int (*cel_read_function)(EditLine *, wchar_t *);

/// Creates an editor on the process's standard input, output and error.
static inline EditLine *cel_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// Sets the prompt callback; characters between two `ignore` bytes are
/// printed but not counted (for colour escape sequences).
static inline int cel_set_prompt(EditLine *e, cel_prompt_function f, char ignore) {
    return el_set(e, EL_PROMPT_ESC, f, ignore);
}

/// Replaces libedit's character reader, so that a read can give up when the program has been
/// asked to stop. The function returns 1 with a character, 0 at the end of input, -1 on error.
static inline int cel_set_read_function(EditLine *e, cel_read_function f) {
    return el_set(e, EL_GETCFN, f);
}

/// Redraws the line being edited, after the terminal changed size.
static inline int cel_refresh(EditLine *e) {
    return el_set(e, EL_REFRESH);
}

/// Stores a pointer the callbacks can read back with cel_get_clientdata.
static inline int cel_set_clientdata(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}

/// Reads back the pointer stored with cel_set_clientdata.
static inline void *cel_get_clientdata(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// Selects the emacs key bindings (arrows, Ctrl-A, Ctrl-E and so on).
static inline int cel_set_editor_emacs(EditLine *e) {
    return el_set(e, EL_EDITOR, "emacs");
}

/// Turns libedit's own signal handling on (1) or off (0): with it on, the
/// terminal is restored on fatal signals and the line redrawn after a resize.
static inline int cel_set_signal(EditLine *e, int on) {
    return el_set(e, EL_SIGNAL, on);
}

/// Keeps signal generation off while editing, so Ctrl-C arrives as a key.
static inline int cel_set_tty_no_isig(EditLine *e) {
    return el_set(e, EL_SETTY, "-d", "-isig", NULL);
}

/// Registers a named editor function that keys can be bound to.
static inline int cel_add_function(EditLine *e, const char *name, const char *help,
                                   cel_key_function f) {
    return el_set(e, EL_ADDFN, name, help, f);
}

/// Binds a key (in libedit notation, such as "^I") to a named function.
static inline int cel_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}

/// Makes the editor use the given in-memory history.
static inline int cel_set_history(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}

/// Limits the number of remembered lines.
static inline int cel_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

/// Skips a line that repeats the one before it (1) or keeps it (0).
static inline int cel_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

/// Adds a line to the history.
static inline int cel_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

/// Returns the number of lines in the history.
static inline int cel_history_count(History *h) {
    HistEvent event;
    if (history(h, &event, H_GETSIZE) != 0) {
        return 0;
    }
    return event.num;
}

/// Overwrites the text of every history entry with zero bytes, then frees
/// them all. H_CLEAR alone frees without overwriting.
static inline void cel_history_wipe(History *h) {
    HistEvent event;
    if (history(h, &event, H_FIRST) == 0) {
        do {
            if (event.str != NULL) {
                memset((char *)event.str, 0, strlen(event.str));
            }
        } while (history(h, &event, H_NEXT) == 0);
    }
    history(h, &event, H_CLEAR);
}

#endif
