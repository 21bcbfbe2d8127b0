/* x86-64 System V context switch and call-on-stack (see ctx.h). Only the
** callee-saved registers are saved: the switch is an ordinary call for the compiler. */
#if defined(__x86_64__) && !defined(EXC_PORTABLE_CTX)
        .text

/* void exci_ctx_swap(exci_ctx *from, exci_ctx *to) */
        .globl  exci_ctx_swap
        .type   exci_ctx_swap, @function
        .p2align 4
exci_ctx_swap:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    (%rsi), %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .size   exci_ctx_swap, .-exci_ctx_swap

/* void exci_ctx_call_on(char *top, void (*fn)(void *), void *arg, char *lo) */
        .globl  exci_ctx_call_on
        .type   exci_ctx_call_on, @function
        .p2align 4
exci_ctx_call_on:
        pushq   %rbp
        movq    %rsp, %rbp
        movq    %rdi, %rsp
        movq    %rdx, %rdi
        callq   *%rsi
        movq    %rbp, %rsp
        popq    %rbp
        ret
        .size   exci_ctx_call_on, .-exci_ctx_call_on
#endif
        .section .note.GNU-stack,"",@progbits
