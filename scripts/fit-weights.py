#!/usr/bin/env python3
"""Fits the resolver's weights (src/places/resolve_weights.hpp) on LGL's fit half (issue 14).

    scripts/fit-weights.py [--passes N] [--start name=value,...] [NAME...]

Coordinate ascent on the whole pipeline, not on a model of it: each trial runs
`scripts/score-lgl.sh fit` with PLACELINE_WEIGHTS set (the resolver reads the table's values from
it, by name) and keeps a change when the objective, geotag F1 + acc161 on the fit half, rises by
more than 0.0005. Each weight is tried one step up and one step down; the steps halve after each
pass. The report half is never run here. The executable is copied first, so the build folder may
change while it runs. Prints every kept change and, at the end, the fitted values to put in the
table.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

# name: (value in the table, step): keep in step with src/places/resolve_weights.hpp.
SPACE = {
    "threshold": (1.0, 0.5),
    "kind_country": (3.5, 0.5), "kind_capital": (2.0, 0.5), "kind_admin1": (2.0, 0.5),
    "kind_admin2": (1.0, 0.5), "kind_admin_seat": (0.75, 0.5), "kind_city": (0.0, 0.5), "kind_village": (0.25, 0.5),
    "population_per_decade": (0.5, 0.2), "population_max": (1.5, 0.5),
    "main_name": (1.0, 0.5), "variant_name": (-2.25, 0.5),
    "cue_fits": (1.5, 0.5), "typed_fits": (0.5, 0.5), "qualifier_nearest": (3.0, 1.0),
    "common_word": (-3.0, 0.5), "name_part": (-2.75, 0.5), "speaker": (-3.0, 1.0),
    "context_country": (2.0, 0.5), "near_50km": (2.0, 0.4), "near_150km": (1.0, 0.4), "near_400km": (0.2, 0.4),
    "far_3000km": (-1.0, 0.5), "named_area": (1.25, 0.5), "named_area_km": (375.0, 250.0),
    "qualified_elsewhere": (3.0, 1.0), "one_sense_gap": (2.5, 0.5),
    "joint_50km": (1.0, 0.5), "joint_150km": (0.5, 0.25), "joint_cap": (2.0, 1.0), "joint_margin": (3.0, 1.0),
    "named_person": (-7.0, 1.0), "organisation_elsewhere": (-4.0, 1.0),
}

args = sys.argv[1:]
passes = 2
start = {}
if "--passes" in args:
    i = args.index("--passes")
    passes = int(args[i + 1])
    del args[i:i + 2]
if "--start" in args:
    i = args.index("--start")
    start = {k: float(v) for k, v in (kv.split("=") for kv in args[i + 1].split(","))}
    del args[i:i + 2]
names = args or list(SPACE)
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
exe = os.path.join(work, "placeline")
source_exe = os.environ.get("PLACELINE", os.path.join(here, "..", "build", "placeline"))
shutil.copy2(source_exe, exe)
# The GDAL module goes beside the copy: compiling the gazetteer (a cold cache) needs it.
module = os.path.join(os.path.dirname(source_exe), "libplaceline_geo_gdal.so")
if os.path.exists(module):
    shutil.copy2(module, os.path.join(work, "libplaceline_geo_gdal.so"))
values = {n: SPACE[n][0] for n in SPACE}
values.update(start)


def objective(vals):
    env = dict(os.environ, PLACELINE=exe, PLACELINE_WEIGHTS=",".join(f"{k}={v:g}" for k, v in vals.items()))
    out = os.path.join(work, "score.json")
    subprocess.run([os.path.join(here, "score-lgl.sh"), "fit", "--json", out], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=os.path.join(here, ".."))
    m = json.load(open(out))
    return m["geotag_f1"] + m["resolution_acc161"], m


best, m = objective(values)
print(f"start: F1 {m['geotag_f1']:.4f} acc161 {m['resolution_acc161']:.4f} e2e {m['e2e_strict_acc161']:.4f}", flush=True)
steps = {n: SPACE[n][1] for n in SPACE}
for p in range(passes):
    for n in names:
        for sign in (1, -1):
            trial = dict(values)
            trial[n] = round(values[n] + sign * steps[n], 3)
            score, tm = objective(trial)
            if score > best + 0.0005:
                best, values, m = score, trial, tm
                print(f"pass {p + 1}: {n} = {values[n]:g}: F1 {m['geotag_f1']:.4f} acc161 {m['resolution_acc161']:.4f} "
                      f"e2e {m['e2e_strict_acc161']:.4f}", flush=True)
                break
    steps = {n: s / 2 for n, s in steps.items()}
print("fitted: " + ",".join(f"{k}={v:g}" for k, v in values.items() if v != SPACE[k][0]))
print(f"end: F1 {m['geotag_f1']:.4f} acc161 {m['resolution_acc161']:.4f} e2e {m['e2e_strict_acc161']:.4f}")
shutil.rmtree(work)
