"""A colleague's editor in another process, holding a project file's lock."""

import subprocess
import sys
import textwrap


def hold_the_file(path):
    """A process that holds ``path``'s lock until killed (it has the file open)."""
    code = textwrap.dedent(f"""
        import time
        from cxdesigner.storage.lock import acquire
        lock = acquire({str(path)!r})
        print("holding", flush=True)
        time.sleep(60)
    """)
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder
