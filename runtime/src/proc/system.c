/* The system processes a compiled program's main process finds around it, like the
** script process of `elixir FILE.exs` does on BEAM:
** - the runner: the elixir CLI runs the script in a process linked to the one that
**   waits for it, so Process.info(self(), :links) of the main process shows one pid
**   besides the ones the script linked; it traps exits and outlives the script;
** - :code_server: answers Erlang's code-server protocol {:code_call, from, request}
**   with {:code_server, reply} for the modules linked into the program;
** - :user, the group leader (io/io_server.c). */
#include "exc/proc.h"

#include "exc/call.h"
#include "io/io_int.h"

/* Blocks until the next message and returns it, removed from the mailbox. */
static exc_term next_message(void)
{
    exc_recv_begin();
    exc_term m;
    while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
    exc_recv_take();
    return m;
}

static void runner_main(void *arg)
{
    (void)arg;
    exc_trap_exit(true);
    for (;;) next_message(); /* waits for the script; its exit is the program's */
}

static exc_term code_reply(exc_term req)
{
    if (exci_io_is_tagged(req, exc_atom("ensure_loaded"), 2) || exci_io_is_tagged(req, exc_atom("load_file"), 2)) {
        exc_term mod = exc_tuple_elems(req)[1];
        return exc_module_loaded(mod) ? exc_tuple2(exc_atom("module"), mod)
                                      : exc_tuple2(EXC_A(error), exc_atom("nofile"));
    }
    if (exci_io_is_tagged(req, exc_atom("is_loaded"), 2))
        return exc_module_loaded(exc_tuple_elems(req)[1]) ? exc_tuple2(exc_atom("file"), exc_atom("in_memory"))
                                                         : EXC_A_false;
    return exc_tuple2(EXC_A(error), exc_atom("badarg"));
}

static void code_server_main(void *arg)
{
    (void)arg;
    for (;;) {
        exc_term m = next_message();
        if (exci_io_is_tagged(m, exc_atom("code_call"), 3))
            exc_send(exc_tuple_elems(m)[1], exc_tuple2(exc_atom("code_server"), code_reply(exc_tuple_elems(m)[2])));
    }
}

void exc_system_start(void)
{
    exci_io_user_start();
    if (exc_whereis(exc_atom("code_server")) == EXC_A_nil)
        exc_register(exc_atom("code_server"), exc_spawn(code_server_main, NULL));
    exc_spawn_link(runner_main, NULL);
}
