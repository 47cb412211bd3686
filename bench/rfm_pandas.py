#!/usr/bin/env python3
"""The RFM reference definition (DESIGN.md) in pandas, for bench/rfm: reads orders and
customers from the same SQLite file, then groupby + the same tie-safe scores, the eight
mean-based segments, 无交易/已沉睡 and tiers. Prints load and compute seconds and the
segment counts (bench/rfm compares them with Patron's snapshot).

usage: rfm_pandas.py DATABASE AS_OF WINDOW_DAYS
"""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd

db, as_of, window = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
c0 = time.process_time()
con = sqlite3.connect(db)
orders = pd.read_sql_query("SELECT customer_id, ordered_at, amount_cents, status FROM orders", con)
customers = pd.read_sql_query("SELECT id, deleted_at FROM customers", con)
t1 = time.perf_counter()

D = pd.Timestamp(as_of)
counted = orders[~orders["status"].isin(["cancelled", "refunded"])]
dates = pd.to_datetime(counted["ordered_at"].str.slice(0, 10), format="%Y-%m-%d")
upto = dates <= D
in_window = upto & (dates > D - pd.Timedelta(days=window)) if window > 0 else upto
alive = customers.loc[customers["deleted_at"].isna(), "id"]
w = counted.loc[in_window, ["customer_id", "amount_cents"]].assign(day=dates[in_window])
agg = w.groupby("customer_id").agg(frequency=("amount_cents", "size"), monetary=("amount_cents", "sum"),
                                   last=("day", "max"))
agg = agg[agg.index.isin(alive)]
agg["recency"] = (D - agg["last"]).dt.days
n = len(agg)
# rank(method="min") - 1 = how many are strictly smaller (ascending) / larger (descending)
agg["r"] = 1 + (5 * (agg["recency"].rank(method="min", ascending=False) - 1) // n).astype(int)
agg["f"] = 1 + (5 * (agg["frequency"].rank(method="min") - 1) // n).astype(int)
agg["m"] = 1 + (5 * (agg["monetary"].rank(method="min") - 1) // n).astype(int)
rh = agg["recency"] < agg["recency"].mean()
fh = agg["frequency"] > agg["frequency"].mean()
mh = agg["monetary"] > agg["monetary"].mean()
agg["segment"] = np.select(
    [mh & rh & fh, mh & rh, mh & fh, mh, rh & fh, rh, fh],
    ["important_value", "important_develop", "important_retain", "important_winback",
     "general_value", "general_develop", "general_retain"], "general_winback")
tiers = {"important_value": "high_value", "important_develop": "potential", "important_retain": "potential",
         "important_winback": "to_wake"}
agg["tier"] = agg["segment"].map(tiers).fillna("general")
rest = alive[~alive.isin(agg.index)]
ever = set(counted.loc[upto, "customer_id"].unique())
others = pd.Series(np.where(rest.isin(ever), "dormant", "no_purchase"), index=rest.values)
segments = pd.concat([agg["segment"], others])
t2 = time.perf_counter()

print(f"pandas {pd.__version__}: load {t1 - t0:.2f} s, compute {t2 - t1:.2f} s, total {t2 - t0:.2f} s, "
      f"cpu {time.process_time() - c0:.2f} s")
for key, count in sorted(segments.value_counts().items()):
    print(f"segment {key} {count}")
