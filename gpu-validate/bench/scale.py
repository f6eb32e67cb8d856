#!/usr/bin/python3
"""How the time of training and of DeepFool grows with the width and the number of images, hdae and PyTorch.

Two sweeps of the toolkit benchmark, each point run by hdae and by PyTorch alternately (compare.py's
one_round: hdae trains, exports and attacks; torch_reference.py trains its own network of the same shape
and attacks hdae's exported one), for several rounds:
  * width: the MLP 784-H-10 for H in --widths (default 128, 512, 2048), one epoch of --width-train-size
    training images (default all 60,000), DeepFool-L2 on the first --width-images test images (default 1000);
  * images: the MLP 784-128-10 (--count-width), for N in --counts (default 100, 1000, 10000): one epoch on the
    first N training images (a run that attacks only 100 images), and DeepFool-L2 on the first N test images
    of the network trained on --width-train-size images (a run of its own, shared with the width sweep where
    it is the same run), so that the attacked network, and with it DeepFool's iterations, does not change
    with N.
DeepFool is box-aware on both sides (at most 50 steps, overshoot 0.02). FGSM and PGD run too, as part of the
benchmark, with PGD at --pgd-steps (default 1, to keep the sweep short); their figures are in the raw JSON
but not in the table or the plot.

The figure plotted is the process CPU time (every thread of the process: time.process_time() in PyTorch,
the JVM's process CPU time in hdae), not the wall clock, because a shared machine inflates the wall clock
with the load; the table gives both. For each point it writes the median over the rounds and the range
[min, max], and the slope of log(time) against log(width) or log(N) by least squares over the medians
(1: time proportional to the width or to N), and the slope between the two largest points.

    apt-get install python3-torch libopenblas0-pthread python3-matplotlib   # Debian's; benchmark aids, not test deps
    /usr/bin/python3 gpu-validate/bench/scale.py --rounds 3 --out scale-results --figure gpu-validate/bench/scale

Writes, in --out: every run's raw JSON (hdae-TAG.json, torch-TAG.json, TAG = h128-train60000-images1000-round0
and so on), all of them in rounds.json with the load average before and after each run and the grid, and
table.md; and the figure as FIGURE.png and FIGURE.svg (default --out/scale). --from-rounds FILE makes the table
and the figure again from a saved rounds.json, without running anything.
"""
import argparse
import importlib.util
import json
import math
import os
import platform
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import one_round, spread  # noqa: E402

# (key of the plotted CPU figure, key of the wall-clock figure, label)
WORKLOADS = [
    ("train_cpu_seconds_per_epoch", "train_seconds_per_epoch", "training"),
    ("deepfool_cpu_ms_per_image", "deepfool_ms_per_image", "DeepFool-L2"),
]
FRAMEWORKS = [("hdae", "hdae"), ("pytorch", "PyTorch")]
# the options that define the grid, saved in rounds.json so that --from-rounds redraws the same grid
GRID = ["threads", "widths", "width_train_size", "width_images", "counts", "count_width", "pgd_steps"]


def fail(message):
    """Bad input: one line on standard error and exit code 2, before any work."""
    print("scale.py: " + message, file=sys.stderr)
    sys.exit(2)


def grid(text, option, low, high):
    try:
        values = [int(v) for v in text.split(",")]
    except ValueError:
        fail("expected a comma-separated list of integers for %s, got %r" % (option, text))
    if not values or any(not low <= v <= high for v in values) or len(set(values)) != len(values):
        fail("expected distinct integers from %d to %d for %s, got %r" % (low, high, option, text))
    return sorted(values)


# attacked images of a run timed for its training only
FEW = 100


def points(a):
    """(sweep, x, workload, run) of every plotted point, where a run is (hidden width, training images,
    attacked images)."""
    out = []
    for h in a.widths:
        run = (h, a.width_train_size, a.width_images)
        out += [("width", h, "training", run), ("width", h, "DeepFool-L2", run)]
    for n in a.counts:
        out += [("images", n, "training", (a.count_width, n, FEW)),
                ("images", n, "DeepFool-L2", (a.count_width, a.width_train_size, n))]
    return out


def configurations(a):
    """The distinct runs of a round, in the order of the points."""
    runs = []
    for _, _, _, run in points(a):
        if run not in runs:
            runs.append(run)
    return runs


def seconds(figures, key, images):
    """A figure as seconds of the whole workload: one epoch, or DeepFool on all attacked images."""
    value = figures[key]
    return value / 1000 * images if key.endswith("ms_per_image") else value


def slope(xs, ys):
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.mean(lx), statistics.mean(ly)
    return sum((u - mx) * (v - my) for u, v in zip(lx, ly)) / sum((u - mx) ** 2 for u in lx)


def summarise(runs, a):
    """Per point, workload and framework: spreads of CPU and wall seconds of the whole workload, and slopes."""
    rows = []
    keys = {label: (cpu_key, wall_key) for cpu_key, wall_key, label in WORKLOADS}
    for sweep, x, label, run in points(a):
        hidden, train, images = run
        here = [r for r in runs if (r["hidden"], r["train_size"], r["images"]) == run]
        cpu_key, wall_key = keys[label]
        row = {"sweep": sweep, "x": x, "workload": label, "architecture": "784-%d-10" % hidden,
               "train_size": train, "images": images}
        for fw, _ in FRAMEWORKS:
            row[fw + "_cpu"] = spread([seconds(r[fw], cpu_key, images) for r in here])
            row[fw + "_wall"] = spread([seconds(r[fw], wall_key, images) for r in here])
            row[fw + "_iterations"] = statistics.median(r[fw]["deepfool_mean_iterations"] for r in here)
        row["ratio_cpu"] = spread([seconds(r["hdae"], cpu_key, images) / seconds(r["pytorch"], cpu_key, images)
                                   for r in here])
        row["per_item_unit"] = "s per epoch" if label == "training" else "ms per image"
        row["per_item_cpu"] = {fw: spread([r[fw][cpu_key] for r in here]) for fw, _ in FRAMEWORKS}
        rows.append(row)
    slopes = {}
    for sweep in ("width", "images"):
        for _, _, label in WORKLOADS:
            chosen = [r for r in rows if r["sweep"] == sweep and r["workload"] == label]
            if len(chosen) >= 2:
                for fw, _ in FRAMEWORKS:
                    xs, ys = [r["x"] for r in chosen], [r[fw + "_cpu"][0] for r in chosen]
                    slopes[(sweep, label, fw)] = (slope(xs, ys), slope(xs[-2:], ys[-2:]))
    return rows, slopes


def table(rows, slopes, a, loads, started, minutes, versions):
    fmt = "%.3g [%.3g, %.3g]"
    lines = ["| sweep | network | training images | attacked images | workload | hdae CPU, s | PyTorch CPU, s "
             "| ratio hdae/PyTorch (CPU) | hdae wall, s | PyTorch wall, s | per item (CPU), hdae / PyTorch "
             "| DeepFool mean iterations, hdae / PyTorch |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        per = r["per_item_cpu"]
        lines.append("| %s | %s | %d | %d | %s | %s | %s | **%.2f** [%.2f, %.2f] | %.3g | %.3g | %.3g / %.3g %s | %s |"
                     % ((r["sweep"], r["architecture"], r["train_size"], r["images"], r["workload"],
                         fmt % r["hdae_cpu"], fmt % r["pytorch_cpu"]) + r["ratio_cpu"]
                        + (r["hdae_wall"][0], r["pytorch_wall"][0], per["hdae"][0], per["pytorch"][0],
                           r["per_item_unit"],
                           "%.3f / %.3f" % (r["hdae_iterations"], r["pytorch_iterations"])
                           if r["workload"] != "training" else "")))
    lines += ["", "| slope of log CPU time (least squares over all points; between the two largest) | hdae | PyTorch |",
              "|---|---|---|"]
    for sweep, against in (("width", "log width"), ("images", "log N")):
        for _, _, label in WORKLOADS:
            if (sweep, label, "hdae") in slopes:
                lines.append("| %s against %s | %.2f; %.2f | %.2f; %.2f |"
                             % ((label, against) + slopes[(sweep, label, "hdae")] + slopes[(sweep, label, "pytorch")]))
    load_text = "load average (1 min) from %.2f to %.2f over the runs, median %.2f" % (
        min(loads), max(loads), statistics.median(loads))
    lines += ["", "CPU and wall seconds of the whole workload (one training epoch; DeepFool-L2, box-aware, on all "
              "attacked images), median [min, max] over %d alternating rounds, %d native thread(s); started %s UTC, "
              "%.1f minutes; %s; %s, %d cores; %s; %s."
              % (a.rounds, a.threads, started, minutes, load_text, platform.processor() or platform.machine(),
                 os.cpu_count(), versions["hdae"], versions["pytorch"])]
    return "\n".join(lines)


def plot(rows, slopes, a, prefix):
    import matplotlib
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "hdae"  # the same figures give the same files
    import matplotlib.pyplot as plt
    import matplotlib.ticker
    figure, axes = plt.subplots(1, 2, figsize=(11, 4.4))
    colours = {"hdae": "tab:blue", "pytorch": "tab:orange"}
    markers = {"training": "o", "DeepFool-L2": "s"}
    styles = {"training": "-", "DeepFool-L2": "--"}
    for ax, sweep, xlabel in ((axes[0], "width", "hidden units H (784-H-10)"),
                              (axes[1], "images", "images N (784-128-10)")):
        for fw, name in FRAMEWORKS:
            for _, _, label in WORKLOADS:
                chosen = [r for r in rows if r["sweep"] == sweep and r["workload"] == label]
                xs = [r["x"] for r in chosen]
                med = [r[fw + "_cpu"][0] for r in chosen]
                low = [r[fw + "_cpu"][0] - r[fw + "_cpu"][1] for r in chosen]
                high = [r[fw + "_cpu"][2] - r[fw + "_cpu"][0] for r in chosen]
                ax.errorbar(xs, med, yerr=[low, high], color=colours[fw], marker=markers[label],
                            linestyle=styles[label], capsize=3,
                            label="%s %s (slope %.2f)" % (name, label, slopes[(sweep, label, fw)][0]))
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(xs)
        ax.xaxis.set_major_formatter(matplotlib.ticker.ScalarFormatter())
        ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        ax.set_xlabel(xlabel)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    axes[0].set_ylabel("process CPU seconds")
    axes[0].set_title("width: one epoch of %d images; DeepFool on %d" % (a.width_train_size, a.width_images),
                      fontsize=9)
    axes[1].set_title("images: one epoch of N images; DeepFool on N (network trained on %d)" % a.width_train_size,
                      fontsize=9)
    figure.tight_layout()
    for ext in ("png", "svg"):
        target = "%s.%s" % (prefix, ext)
        figure.savefig(target + ".tmp", format=ext, dpi=120, metadata={"Software": None} if ext == "png"
                       else {"Date": None, "Creator": None})
        os.replace(target + ".tmp", target)


def write(path, text):
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=1, help="native threads of both frameworks")
    p.add_argument("--widths", default="128,512,2048", help="hidden widths of the width sweep")
    p.add_argument("--width-train-size", type=int, default=60000)
    p.add_argument("--width-images", type=int, default=1000)
    p.add_argument("--counts", default="100,1000,10000", help="training and attacked images of the image sweep")
    p.add_argument("--count-width", type=int, default=128)
    p.add_argument("--pgd-steps", type=int, default=1, help="PGD's steps (not reported; small keeps the run short)")
    p.add_argument("--out", default="scale-results", help="folder for the raw figures and the table")
    p.add_argument("--figure", help="path of the figure without extension (default: OUT/scale)")
    p.add_argument("--from-rounds", metavar="FILE", help="no runs: the table and the figure from a rounds.json")
    a = p.parse_args()
    # every bad value is refused here, before the first run
    if a.rounds < 1 or a.threads < 1 or a.pgd_steps < 1:
        fail("expected --rounds, --threads and --pgd-steps >= 1, got %d, %d, %d" % (a.rounds, a.threads, a.pgd_steps))
    a.widths = grid(a.widths, "--widths", 1, 65536)
    a.counts = grid(a.counts, "--counts", 1, 10000)
    if len(a.widths) < 2 or len(a.counts) < 2:
        fail("expected at least two values in --widths and in --counts (a slope needs two points)")
    if not 1 <= a.width_train_size <= 60000 or not 1 <= a.width_images <= 10000 or not 1 <= a.count_width <= 65536:
        fail("expected --width-train-size in [1, 60000], --width-images in [1, 10000], --count-width in [1, 65536]")
    for module in ("torch", "matplotlib", "numpy"):
        if importlib.util.find_spec(module) is None:
            fail("no Python module %s: apt-get install python3-%s" % (module, module))
    # absolute: hdae and torch_reference.py run in the repository root
    a.out = os.path.abspath(a.out)
    if os.path.exists(a.out) and not os.path.isdir(a.out):
        fail("expected a folder for --out, got the file %s" % a.out)
    figure = os.path.abspath(a.figure) if a.figure else os.path.join(a.out, "scale")
    if a.figure and not os.path.isdir(os.path.dirname(figure)):
        fail("expected --figure in an existing folder, got %s" % a.figure)
    os.makedirs(a.out, exist_ok=True)

    if a.from_rounds:
        try:
            with open(a.from_rounds) as f:
                saved = json.load(f)
            started, minutes, runs = saved["started"], saved["minutes"], saved["runs"]
            for key in GRID:
                setattr(a, key, saved["grid"][key])
        except (OSError, ValueError, KeyError) as e:
            fail("expected a rounds.json written by scale.py for --from-rounds, got %s (%s)" % (a.from_rounds, e))
        a.rounds = 1 + max(r["round"] for r in runs)
    else:
        started, minutes, runs = measure(a)
    loads = [r[k] for r in runs for k in ("load_before", "load_after")]
    rows, slopes = summarise(runs, a)
    versions = {fw: runs[0][fw].get("framework", fw) for fw, _ in FRAMEWORKS}
    text = table(rows, slopes, a, loads, started, minutes, versions)
    write(os.path.join(a.out, "rounds.json"), json.dumps({"started": started, "minutes": minutes, "runs": runs,
                                                         "grid": {key: getattr(a, key) for key in GRID}},
                                                         indent=2) + "\n")
    write(os.path.join(a.out, "table.md"), text + "\n")
    plot(rows, slopes, a, figure)
    print(text)


def measure(a):
    """Every point in every round, alternately; (start time, minutes, runs)."""
    started = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    start = time.perf_counter()
    runs = []
    for r in range(a.rounds):
        for hidden, train, images in configurations(a):
            tag = "h%d-train%d-images%d-round%d" % (hidden, train, images, r)
            before = os.getloadavg()[0]
            figures = one_round(a.out, tag, a.threads, str(hidden), images, train, a.pgd_steps)
            after = os.getloadavg()[0]
            runs.append(dict(figures, hidden=hidden, train_size=train, images=images, round=r, load_before=before,
                             load_after=after))
            print("round %d of %d: %s done (load %.2f)" % (r + 1, a.rounds, tag, after), file=sys.stderr)
    return started, (time.perf_counter() - start) / 60, runs


if __name__ == "__main__":
    main()
