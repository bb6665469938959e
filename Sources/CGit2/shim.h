#ifndef BERTH_CGIT2_SHIM_H
#define BERTH_CGIT2_SHIM_H

#include <git2.h>

/// `git_libgit2_opts` is variadic: Swift cannot call it, so each option berth sets gets a wrapper.
static inline int berth_git_set_mwindow_mapped_limit(size_t limit) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, limit);
}

#endif
