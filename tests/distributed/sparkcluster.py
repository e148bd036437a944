"""sparkcluster.py: a real Spark standalone cluster on this machine for the
tests: one master and N workers (1 core each), every process bound to
127.0.0.1, started from the pip pyspark's spark-class. A worker is killed with all
its descendants (executor, Python workers: a lost machine), and stop() ends
exactly what start() started, with their descendants. Logs go to the cluster folder.
"""
import os
import signal
import socket
import subprocess
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spark_home():
    import pyspark
    return os.path.dirname(pyspark.__file__)


class Cluster:
    def __init__(self, folder, python, pythonpath, workers=2, memory="768m"):
        self.folder = folder
        self.port = free_port()
        self.url = f"spark://127.0.0.1:{self.port}"
        self.env = dict(os.environ, SPARK_HOME=spark_home(), SPARK_LOCAL_IP="127.0.0.1",
                        SPARK_LOCAL_DIRS=os.path.join(folder, "local"),
                        SPARK_LOG_DIR=os.path.join(folder, "logs"),
                        SPARK_DAEMON_MEMORY="256m", PYSPARK_PYTHON=python,
                        PYTHONPATH=pythonpath)
        self.nworkers = workers
        self.memory = memory
        self.procs = {}   # name -> Popen (each the leader of its own process group)

    def _start(self, name, *args):
        log = open(os.path.join(self.folder, f"{name}.log"), "wb")
        cls = os.path.join(self.env["SPARK_HOME"], "bin", "spark-class")
        p = subprocess.Popen([cls, *args], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, start_new_session=True)
        self.procs[name] = p
        return p

    def _wait_log(self, name, text, timeout):
        path = os.path.join(self.folder, f"{name}.log")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with open(path, "rb") as f:
                if text.encode() in f.read():
                    return
            if self.procs[name].poll() is not None:
                break
            time.sleep(0.2)
        with open(path, "rb") as f:
            tail = f.read()[-3000:].decode("utf-8", "replace")
        raise RuntimeError(f"{name} did not log {text!r} within {timeout}s:\n{tail}")

    def start(self, timeout=120):
        for d in ("local", "logs", "work"):
            os.makedirs(os.path.join(self.folder, d), exist_ok=True)
        self._start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", str(self.port), "--webui-port", str(free_port()))
        self._wait_log("master", "I have been elected leader", timeout)
        for i in range(self.nworkers):
            self._start(f"worker{i}", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", self.memory, "--webui-port", str(free_port()),
                        "--work-dir", os.path.join(self.folder, "work", str(i)), self.url)
        for i in range(self.nworkers):
            self._wait_log(f"worker{i}", "Successfully registered with master", timeout)
        return self

    def tree_pids(self, name):
        """The node's process and all its descendants (the worker JVM, its
        executor JVM, the Python daemon, which makes a process group of its
        own, and the daemon's forked workers), by parent links in /proc."""
        children = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", "rb") as f:
                        stat = f.read().decode("ascii", "replace")
                except OSError:
                    continue
                ppid = int(stat[stat.rindex(")") + 2:].split()[1])
                children.setdefault(ppid, []).append(int(entry))
        pids, todo = [], [self.procs[name].pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += children.get(pid, [])
        return pids

    def open_files(self, name, prefix):
        """Paths under prefix that a process of the node holds open."""
        found = []
        for pid in self.tree_pids(name):
            fd_dir = f"/proc/{pid}/fd"
            try:
                for fd in os.listdir(fd_dir):
                    try:
                        target = os.readlink(os.path.join(fd_dir, fd))
                    except OSError:
                        continue
                    if target.startswith(prefix):
                        found.append(target)
            except OSError:
                pass
        return found

    @staticmethod
    def _signal(pids, sig):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def kill(self, name):
        """SIGKILL to the node and every process under it: the machine is gone."""
        self._signal(self.tree_pids(name), signal.SIGKILL)
        self.procs[name].wait(timeout=30)

    def stop(self):
        """Ends every process start() made and their descendants: TERM, then
        KILL after 10 s. The trees are taken first, while the parent links
        still lead to them."""
        trees = {name: self.tree_pids(name) for name, p in self.procs.items() if p.poll() is None}
        for pids in trees.values():
            self._signal(pids, signal.SIGTERM)
        end = time.monotonic() + 10
        for p in self.procs.values():
            try:
                p.wait(timeout=max(0.1, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        for pids in trees.values():
            self._signal(pids, signal.SIGKILL)
        for p in self.procs.values():
            if p.poll() is None:
                p.wait(timeout=10)
