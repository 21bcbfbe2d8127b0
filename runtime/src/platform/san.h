/* Sanitizer annotations for stack switching (no-ops in normal builds): ASan must be
** told which stack becomes current (fiber switch API), TSan needs one fiber per
** process context. */
#ifndef EXC_PLATFORM_SAN_H
#define EXC_PLATFORM_SAN_H

#include <stddef.h>

#ifndef __has_feature
#define __has_feature(x) 0
#endif

#if __has_feature(address_sanitizer) || defined(__SANITIZE_ADDRESS__)
#define EXCI_ASAN 1
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);
#endif

#if __has_feature(thread_sanitizer) || defined(__SANITIZE_THREAD__)
#define EXCI_TSAN 1
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif

/* About to run on the stack [lo, lo+size); *save keeps this side's fake stack
** (NULL save: this context never comes back). */
static inline void exci_san_leave(void **save, const void *lo, size_t size)
{
#ifdef EXCI_ASAN
    __sanitizer_start_switch_fiber(save, lo, size);
#else
    (void)save, (void)lo, (void)size;
#endif
}

/* Arrived on a stack (save: what exci_san_leave stored when this side left;
** NULL on first entry). */
static inline void exci_san_arrive(void *save)
{
#ifdef EXCI_ASAN
    __sanitizer_finish_switch_fiber(save, NULL, NULL);
#else
    (void)save;
#endif
}

static inline void *exci_tsan_fiber_new(void)
{
#ifdef EXCI_TSAN
    return __tsan_create_fiber(0);
#else
    return NULL;
#endif
}

static inline void *exci_tsan_fiber_current(void)
{
#ifdef EXCI_TSAN
    return __tsan_get_current_fiber();
#else
    return NULL;
#endif
}

static inline void exci_tsan_switch(void *fiber)
{
#ifdef EXCI_TSAN
    __tsan_switch_to_fiber(fiber, 0);
#else
    (void)fiber;
#endif
}

static inline void exci_tsan_fiber_free(void *fiber)
{
#ifdef EXCI_TSAN
    if (fiber) __tsan_destroy_fiber(fiber);
#else
    (void)fiber;
#endif
}

#endif
