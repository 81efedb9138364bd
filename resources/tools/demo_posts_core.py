"""Machinery for the demo-post generator: accounts, timestamps, engagement, JSONL output.

The story text lives in generate_demo_posts.py; this file only turns it into records.
Everything is seeded, so running the generator twice gives the same file byte for byte.
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone

CITY_OFFSET = timedelta(hours=3)          # Maralta local time; hours in the story are local
STORY_START = datetime(2026, 3, 2, tzinfo=timezone.utc)

# handle -> (UTC offset in hours, typical audience: median views of an ordinary post)
ACCOUNTS = {
    # institutions
    "maralta_civil_defence": (3, 18000), "mayor_office_maralta": (3, 15000),
    "selun_water_authority": (3, 14000), "maralta_general_hosp": (3, 9000),
    # press
    "maralta_daily": (0, 12000), "selun_post_live": (3, 7000), "akhbar_maralta": (3, 11000),
    "maralta_samachar": (5.5, 8000), "wire_desk_global": (0, 25000),
    # fact-checkers
    "checkpoint_factdesk": (0, 9000), "tahaqquq_desk": (3, 6000), "satya_jaanch": (5.5, 5000),
    # residents and diaspora, English
    "nadia_on_harbour": (3, 900), "tom_rivers_photo": (3, 2500), "oldquarter_baker": (3, 600),
    "sam_k_nurse": (3, 1500), "lena_maps": (1, 2000), "grumpy_commuter": (3, 1100),
    "jo_weatherwatch": (-5, 1800), "dev_in_toronto": (-5, 400), "rafael_volunteer": (3, 800),
    "bluecanoe_kid": (3, 150),
    # residents, Arabic
    "um_yusuf_maralta": (3, 700), "khaled_alnahr": (3, 1200), "salma_taleb": (3, 900),
    "abu_kareem_shop": (3, 300), "rania_media": (3, 3000), "hamza_volunteer": (3, 800),
    # residents and diaspora, Hindi
    "priya_maralta": (5.5, 700), "ravi_kumar_driver": (5.5, 400), "anjali_teacher": (5.5, 600),
    "vikram_abroad": (5.5, 300), "meera_sewa": (5.5, 900),
    # rumour mills and coordinated accounts
    "truth_for_maralta": (0, 3000), "patriot_river88": (-5, 1500), "wakeup_maralta": (3, 2500),
    "real_news_now_24": (0, 4000), "selun_insider_x": (3, 2000), "healthy_herbs_lina": (1, 1200),
    "sada_alhaqiqa": (3, 2500), "sach_ki_awaaz": (5.5, 2000), "maralta_voice_01": (0, 200),
    "citizen_watch_mt": (0, 250),
}


class Story:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.drafts = []
        self.day = 0

    def on_day(self, day):
        self.day = day

    def post(self, hour, author, lang, text, images=(), reach=1.0, minute=None):
        """hour: local Maralta hour on the current story day (may exceed 24 for just past midnight)."""
        if author not in ACCOUNTS:
            raise ValueError("unknown account " + author)
        if minute is None:
            minute = self.rng.randrange(60)
        local = STORY_START + timedelta(days=self.day, hours=hour, minutes=minute,
                                        seconds=self.rng.randrange(60))
        self.drafts.append(dict(when=local - CITY_OFFSET, author=author, lang=lang, text=text.strip(),
                                images=list(images), reach=reach))

    def burst(self, hour, minute, lang, posts, images=(), reach=1.0):
        """Coordinated posting: (author, text) pairs a few minutes apart, as copy-paste campaigns do."""
        for i, (author, text) in enumerate(posts):
            self.post(hour, author, lang, text, images=images if i % 2 == 0 else (),
                      reach=reach, minute=minute + i * self.rng.randrange(1, 4))


def iso_in_offset(when_utc, offset_hours):
    if offset_hours == 0:
        return when_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    tz = timezone(timedelta(hours=offset_hours))
    return when_utc.astimezone(tz).isoformat()


def engagement(rng, author, reach):
    median = ACCOUNTS[author][1]
    views = int(median * reach * math.exp(rng.gauss(0, 0.9))) + rng.randrange(5, 40)
    likes = int(views * rng.uniform(0.008, 0.05))
    shares = int(likes * rng.uniform(0.05, 0.45) * (2.0 if reach >= 10 else 1.0))
    replies = int(likes * rng.uniform(0.04, 0.25))
    return likes, shares, replies, views


def write_jsonl(story, path, unlabelled_share=0.10):
    rng = random.Random(2026)
    drafts = sorted(story.drafts, key=lambda d: (d["when"], d["author"]))
    status_number = 1_840_000_000
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for n, d in enumerate(drafts, start=1):
            status_number += rng.randrange(900, 60_000)
            likes, shares, replies, views = engagement(rng, d["author"], d["reach"])
            record = {
                "id": "demo-%04d" % n,
                "created_at": iso_in_offset(d["when"], ACCOUNTS[d["author"]][0]),
                "author": d["author"],
                "text": d["text"],
                "url": "https://example.org/%s/status/%d" % (d["author"], status_number),
                "likes": likes, "shares": shares, "replies": replies, "views": views,
            }
            if rng.random() >= unlabelled_share:
                record["lang"] = d["lang"]
            if d["images"]:
                record["images"] = d["images"]
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return drafts
