package org.postlens.app.ingest.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Writes small platform exports in the structure each platform really uses, with their awkward corners, and with
 * texts and names made up for Postlens (a fictional flood in "Riverton"): no third-party content.
 */
public final class PlatformFixtures {

    private PlatformFixtures() {
    }

    /**
     * An X archive folder: {@code data/account.js} and {@code data/tweets.js} with seven tweets, records in order:
     * 1 a photo tweet (image in tweets_media), 2 a reply to tweet 4 (which comes later), 3 a retweet written only
     * "RT @…:", 4 an older-style tweet with {@code text} instead of {@code full_text}, 5 a quote of tweet 1 by its
     * URL, 6 a tweet without an id (rejected), 7 a photo tweet whose image the archive lacks (kept by URL).
     */
    public static Path xArchive(Path parent, String name) throws IOException {
        Path root = parent.resolve(name);
        Path data = Files.createDirectories(root.resolve("data"));
        Files.writeString(data.resolve("account.js"), """
                window.YTD.account.part0 = [
                  {
                    "account" : {
                      "email" : "desk@example.org",
                      "createdVia" : "web",
                      "username" : "riverton_desk",
                      "accountId" : "1000000001",
                      "createdAt" : "2015-04-01T08:00:00.000Z",
                      "accountDisplayName" : "Riverton News Desk"
                    }
                  }
                ]""", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("tweets.js"), """
                window.YTD.tweets.part0 = [
                  {
                    "tweet" : {
                      "edit_info" : { "initial" : { "editTweetIds" : [ "1100000000000000001" ], "editableUntil" : "2024-03-01T11:00:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
                      "retweeted" : false,
                      "source" : "<a href=\\"https://example.org\\" rel=\\"nofollow\\">Desk app</a>",
                      "entities" : {
                        "hashtags" : [ { "text" : "RivertonFlood", "indices" : [ "30", "44" ] } ],
                        "symbols" : [ ],
                        "user_mentions" : [ ],
                        "urls" : [ ],
                        "media" : [ {
                          "expanded_url" : "https://x.com/riverton_desk/status/1100000000000000001/photo/1",
                          "indices" : [ "45", "68" ],
                          "url" : "https://t.co/aaaaaaaaaa",
                          "media_url" : "http://pbs.twimg.com/media/FloodBridge01.jpg",
                          "id_str" : "1100000000000000901",
                          "id" : "1100000000000000901",
                          "media_url_https" : "https://pbs.twimg.com/media/FloodBridge01.jpg",
                          "sizes" : { "large" : { "w" : "64", "h" : "48", "resize" : "fit" } },
                          "type" : "photo",
                          "display_url" : "pic.x.com/aaaaaaaaaa"
                        } ]
                      },
                      "display_text_range" : [ "0", "44" ],
                      "favorite_count" : "1204",
                      "id_str" : "1100000000000000001",
                      "truncated" : false,
                      "retweet_count" : "87",
                      "id" : "1100000000000000001",
                      "possibly_sensitive" : false,
                      "created_at" : "Fri Mar 01 10:00:00 +0000 2024",
                      "favorited" : false,
                      "full_text" : "Water is over the old bridge #RivertonFlood https://t.co/aaaaaaaaaa",
                      "lang" : "en",
                      "extended_entities" : {
                        "media" : [ {
                          "expanded_url" : "https://x.com/riverton_desk/status/1100000000000000001/photo/1",
                          "url" : "https://t.co/aaaaaaaaaa",
                          "media_url" : "http://pbs.twimg.com/media/FloodBridge01.jpg",
                          "id_str" : "1100000000000000901",
                          "media_url_https" : "https://pbs.twimg.com/media/FloodBridge01.jpg",
                          "type" : "photo",
                          "display_url" : "pic.x.com/aaaaaaaaaa"
                        } ]
                      }
                    }
                  },
                  {
                    "tweet" : {
                      "retweeted" : false,
                      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Riverton News Desk", "screen_name" : "riverton_desk", "indices" : [ "0", "14" ], "id_str" : "1000000001", "id" : "1000000001" } ], "urls" : [ ] },
                      "favorite_count" : "3",
                      "in_reply_to_status_id_str" : "1100000000000000004",
                      "id_str" : "1100000000000000002",
                      "in_reply_to_user_id" : "1000000001",
                      "truncated" : false,
                      "retweet_count" : "0",
                      "id" : "1100000000000000002",
                      "in_reply_to_status_id" : "1100000000000000004",
                      "created_at" : "Fri Mar 01 12:30:00 +0000 2024",
                      "favorited" : false,
                      "full_text" : "@riverton_desk Update: the school gym is open as a shelter tonight.",
                      "lang" : "en",
                      "in_reply_to_screen_name" : "riverton_desk",
                      "in_reply_to_user_id_str" : "1000000001"
                    }
                  },
                  {
                    "tweet" : {
                      "retweeted" : false,
                      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Riverton Weather", "screen_name" : "riverton_wx", "indices" : [ "3", "15" ], "id_str" : "1000000002", "id" : "1000000002" } ], "urls" : [ ] },
                      "favorite_count" : "0",
                      "id_str" : "1100000000000000003",
                      "truncated" : false,
                      "retweet_count" : "15",
                      "id" : "1100000000000000003",
                      "created_at" : "Fri Mar 01 13:00:00 +0000 2024",
                      "favorited" : false,
                      "full_text" : "RT @riverton_wx: More rain expected overnight; river gauge at 4.2 m and rising.",
                      "lang" : "en"
                    }
                  },
                  {
                    "tweet" : {
                      "id_str" : "1100000000000000004",
                      "id" : "1100000000000000004",
                      "created_at" : "Fri Mar 01 11:45:00 +0000 2024",
                      "text" : "Shelters: we are collecting the list of open halls, reply with what you know.",
                      "favorite_count" : "1,020",
                      "retweet_count" : "44",
                      "lang" : "und",
                      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] }
                    }
                  },
                  {
                    "tweet" : {
                      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/bbbbbbbbbb", "expanded_url" : "https://twitter.com/riverton_desk/status/1100000000000000001", "display_url" : "twitter.com/riverton_desk/…", "indices" : [ "34", "57" ] } ] },
                      "favorite_count" : "9",
                      "id_str" : "1100000000000000005",
                      "id" : "1100000000000000005",
                      "retweet_count" : "2",
                      "created_at" : "Sat Mar 02 08:00:00 +0000 2024",
                      "full_text" : "Same bridge this morning, lower now https://t.co/bbbbbbbbbb",
                      "lang" : "en"
                    }
                  },
                  {
                    "tweet" : {
                      "created_at" : "Sat Mar 02 09:00:00 +0000 2024",
                      "full_text" : "A tweet whose id went missing",
                      "lang" : "en"
                    }
                  },
                  {
                    "tweet" : {
                      "entities" : { "media" : [ { "media_url_https" : "https://pbs.twimg.com/media/NotArchived02.jpg", "type" : "photo", "id_str" : "1100000000000000907" } ] },
                      "id_str" : "1100000000000000007",
                      "created_at" : "Sat Mar 02 10:00:00 +0000 2024",
                      "full_text" : "Photo from the market square https://t.co/cccccccccc",
                      "favorite_count" : "5",
                      "retweet_count" : "1",
                      "lang" : "en"
                    }
                  }
                ]""", StandardCharsets.UTF_8);
        Path media = Files.createDirectories(data.resolve("tweets_media"));
        Files.write(media.resolve("1100000000000000001-FloodBridge01.jpg"), image(64, 48, Color.BLUE, "jpg"));
        return root;
    }

    /**
     * A Telegram Desktop export of one channel: messages in order 1 service (channel created, no text), 2 text as an
     * entity array with bold and links plus a photo, 3 a reply to 2 with a plain-string text, 4 a forwarded message,
     * 5 an image sent as a file, 6 a photo the export left out, 7 a photo whose path leaves the export folder,
     * 8 a message with no text and a video only (rejected). {@code date} is the exporting computer's local time
     * (UTC+3 here), {@code date_unixtime} the true instant.
     */
    public static Path telegramExport(Path parent, String name) throws IOException {
        Path root = Files.createDirectories(parent.resolve(name));
        Files.createDirectories(root.resolve("photos"));
        Files.createDirectories(root.resolve("files"));
        Files.write(root.resolve("photos/photo_1@01-03-2024_13-00-00.jpg"), image(40, 30, Color.GRAY, "jpg"));
        Files.write(root.resolve("files/gauge_chart.png"), image(30, 20, Color.RED, "png"));
        Files.writeString(root.resolve("result.json"), """
                {
                 "name": "Riverton Flood Updates",
                 "type": "public_channel",
                 "id": 1987654321,
                 "messages": [
                  {
                   "id": 1,
                   "type": "service",
                   "date": "2024-03-01T12:55:00",
                   "date_unixtime": "1709286900",
                   "actor": "Riverton Flood Updates",
                   "actor_id": "channel1987654321",
                   "action": "create_channel",
                   "title": "Riverton Flood Updates",
                   "text": "",
                   "text_entities": []
                  },
                  {
                   "id": 2,
                   "type": "message",
                   "date": "2024-03-01T13:00:00",
                   "date_unixtime": "1709287200",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "photo": "photos/photo_1@01-03-2024_13-00-00.jpg",
                   "width": 40,
                   "height": 30,
                   "text": [
                    "River level ",
                    {
                     "type": "bold",
                     "text": "4.2 m"
                    },
                    " at noon. Map: ",
                    {
                     "type": "link",
                     "text": "https://example.org/riverton-map"
                    },
                    " and the ",
                    {
                     "type": "text_link",
                     "text": "shelter list",
                     "href": "https://example.org/shelters"
                    },
                    "."
                   ],
                   "text_entities": [
                    {"type": "plain", "text": "River level "},
                    {"type": "bold", "text": "4.2 m"},
                    {"type": "plain", "text": " at noon. Map: "},
                    {"type": "link", "text": "https://example.org/riverton-map"},
                    {"type": "plain", "text": " and the "},
                    {"type": "text_link", "text": "shelter list", "href": "https://example.org/shelters"},
                    {"type": "plain", "text": "."}
                   ],
                   "reactions": [
                    {"type": "emoji", "count": 12, "emoji": "👍"},
                    {"type": "emoji", "count": 3, "emoji": "🙏"}
                   ]
                  },
                  {
                   "id": 3,
                   "type": "message",
                   "date": "2024-03-01T13:20:00",
                   "date_unixtime": "1709288400",
                   "edited": "2024-03-01T13:25:00",
                   "edited_unixtime": "1709288700",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "reply_to_message_id": 2,
                   "text": "Correction: 4.3 m.",
                   "text_entities": [{"type": "plain", "text": "Correction: 4.3 m."}]
                  },
                  {
                   "id": 4,
                   "type": "message",
                   "date": "2024-03-01T14:00:00",
                   "date_unixtime": "1709290800",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "forwarded_from": "Riverton Council",
                   "text": "Roads closed: Mill Lane and the ring road south of the bridge.",
                   "text_entities": [{"type": "plain", "text": "Roads closed: Mill Lane and the ring road south of the bridge."}]
                  },
                  {
                   "id": 5,
                   "type": "message",
                   "date": "2024-03-01T15:00:00",
                   "date_unixtime": "1709294400",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "file": "files/gauge_chart.png",
                   "mime_type": "image/png",
                   "text": "",
                   "text_entities": []
                  },
                  {
                   "id": 6,
                   "type": "message",
                   "date": "2024-03-01T16:00:00",
                   "date_unixtime": "1709298000",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "photo": "(File not included. Change data exporting settings to download.)",
                   "width": 1280,
                   "height": 960,
                   "text": "Evening view from the hill.",
                   "text_entities": [{"type": "plain", "text": "Evening view from the hill."}]
                  },
                  {
                   "id": 7,
                   "type": "message",
                   "date": "2024-03-01T17:00:00",
                   "date_unixtime": "1709301600",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "photo": "../../outside.jpg",
                   "text": "A photo path that leaves the export.",
                   "text_entities": [{"type": "plain", "text": "A photo path that leaves the export."}]
                  },
                  {
                   "id": 8,
                   "type": "message",
                   "date": "2024-03-01T18:00:00",
                   "date_unixtime": "1709305200",
                   "from": "Riverton Flood Updates",
                   "from_id": "channel1987654321",
                   "file": "(File not included. Change data exporting settings to download.)",
                   "media_type": "video_file",
                   "mime_type": "video/mp4",
                   "text": "",
                   "text_entities": []
                  }
                 ]
                }
                """, StandardCharsets.UTF_8);
        return root;
    }

    /** The header CrowdTangle writes for Facebook pages, in its order. */
    public static final String CROWDTANGLE_FACEBOOK_HEADER = "Page Name,User Name,Facebook Id,Page Category,"
            + "Page Admin Top Country,Page Description,Page Created,Likes at Posting,Followers at Posting,Post Created,"
            + "Post Created Date,Post Created Time,Type,Total Interactions,Likes,Comments,Shares,Love,Wow,Haha,Sad,"
            + "Angry,Care,Video Share Status,Is Video Owner?,Post Views,Total Views,Total Views For All Crossposts,"
            + "Video Length,URL,Message,Link,Final Link,Image Text,Link Text,Description,Sponsor Id,Sponsor Name,"
            + "Sponsor Category,\"Overperforming Score (weighted  —  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x"
            + " Sad 1x Angry 1x Care 1x )\"";

    /**
     * A CrowdTangle Facebook export: 1 in EST (winter), 2 in EDT (summer) with thousands separators, a multi-line
     * message and a photo link, 3 without a message but with a description, 4 without text at all (rejected).
     */
    public static Path crowdTangleCsv(Path parent, String name) throws IOException {
        Path file = parent.resolve(name);
        String rows = String.join("\n",
                CROWDTANGLE_FACEBOOK_HEADER,
                "Riverton Gazette,rivertongazette,100000000000001,Newspaper,US,Local news,2012-05-01 09:00:00,"
                        + "\"12,400\",\"13,050\",2024-03-01 10:05:00 EST,2024-03-01,10:05:00,Status,\"1,234\",\"1,001\","
                        + "120,98,10,2,1,1,1,1,,,0,0,0,0,https://www.facebook.com/100000000000001/posts/200000000000001,"
                        + "The river crested at dawn; see our live page.,,,,,,,,,2.5",
                "Riverton Gazette,rivertongazette,100000000000001,Newspaper,US,Local news,2012-05-01 09:00:00,"
                        + "\"12,400\",\"13,050\",2024-07-01 10:05:00 EDT,2024-07-01,10:05:00,Photo,\"2,345\",\"2,100\","
                        + "\"1,010\",\"3,456\",10,2,1,1,1,1,,,\"10,500\",0,0,0,"
                        + "https://www.facebook.com/100000000000001/posts/200000000000002,"
                        + "\"Cleanup day, in pictures:\nvolunteers at the square\",https://www.facebook.com/photo/?fbid=300,"
                        + ",,,,,,,-1.3",
                "Mill Lane Residents,,100000000000002,Community,US,,2019-01-01 09:00:00,800,950,"
                        + "2024-03-02 08:00:00 EST,2024-03-02,08:00:00,Link,15,10,3,2,0,0,0,0,0,0,,,0,0,0,0,"
                        + "https://www.facebook.com/groups/100000000000002/posts/200000000000003,,https://example.org/a,"
                        + "https://example.org/a,,Flood help form,Sign up to help neighbours bail out basements.,,,,1.0",
                "Mill Lane Residents,,100000000000002,Community,US,,2019-01-01 09:00:00,800,950,"
                        + "2024-03-02 09:00:00 EST,2024-03-02,09:00:00,Status,0,0,0,0,0,0,0,0,0,0,,,0,0,0,0,"
                        + "https://www.facebook.com/groups/100000000000002/posts/200000000000004,,,,,,,,,,0.0");
        Files.writeString(file, rows + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A 4CAT CSV export of a Telegram dataset: 4CAT's common columns first, then the data source's own. */
    public static Path fourCatCsv(Path parent, String name) throws IOException {
        Path file = parent.resolve(name);
        Files.writeString(file, """
                id,thread_id,chat,author,author_username,author_name,body,timestamp,unix_timestamp,views,forwarded_name,url
                riverton_updates-11,riverton_updates-11,riverton_updates,u5001,rivermum,River Mum,"Pumps arrived at Mill Lane",2024-03-01 13:00:00,1709298000,"1,520",,https://t.me/riverton_updates/11
                riverton_updates-12,riverton_updates-12,riverton_updates,u5002,,,,2024-03-01 13:05:00,1709298300,12,,https://t.me/riverton_updates/12
                """, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Zeeschuimer NDJSON: 1 an X GraphQL tweet that quotes another and has a long "note" text, 2 a TikTok video,
     * 3 an Instagram post, 4 a line that is not JSON (rejected), 5 JSON without the envelope (rejected), 6 an item
     * from a platform Postlens has no mapping for, read by its field names, 7 an X reply wrapped in
     * TweetWithVisibilityResults.
     */
    public static Path zeeschuimerNdjson(Path parent, String name) throws IOException {
        Path file = parent.resolve(name);
        String envelope = "{\"nav_index\":\"1:1:%d\",\"item_id\":\"%s\",\"timestamp_collected\":1709300000000,"
                + "\"source_platform\":\"%s\",\"source_platform_url\":\"https://%s/home\",\"source_url\":"
                + "\"https://%s/api\",\"user_agent\":\"Mozilla/5.0\",\"data\":%s}";
        String tweet = """
                {"__typename":"Tweet","rest_id":"1100000000000000100","core":{"user_results":{"result":{"__typename":"User","rest_id":"1000000003","core":{"created_at":"Mon Jan 01 00:00:00 +0000 2018","name":"Riverton Volunteer Hub","screen_name":"riverton_help"},"legacy":{"followers_count":2000}}}},"views":{"count":"15320","state":"EnabledWithCount"},"note_tweet":{"is_expandable":true,"note_tweet_results":{"result":{"id":"Tm90ZVR3ZWV0OjE=","text":"Volunteers needed at the school gym from 6 pm: bring gloves, boots and a torch. We will sort donations, make beds and keep a list of who is staying so families can find each other."}}},"legacy":{"created_at":"Sat Mar 02 07:00:00 +0000 2024","conversation_id_str":"1100000000000000100","entities":{"hashtags":[],"urls":[],"user_mentions":[]},"favorite_count":210,"full_text":"Volunteers needed at the school gym from 6 pm: bring gloves, boots and a torch. We will sort donations…","is_quote_status":true,"lang":"en","quote_count":4,"quoted_status_id_str":"1100000000000000004","reply_count":12,"retweet_count":55,"id_str":"1100000000000000100"}}""";
        String tiktok = """
                {"id":"7300000000000000001","desc":"Riverton high street under water #flood","createTime":1709290000,"author":{"id":"600001","uniqueId":"riverton.walks","nickname":"Riverton Walks"},"stats":{"diggCount":5400,"shareCount":320,"commentCount":88,"playCount":120000},"video":{"cover":"https://p16.example.org/cover/7300000000000000001.jpeg"},"duetInfo":{"duetFromId":"0"}}""";
        String instagram = """
                {"id":"3300000000000000001_700001","pk":"3300000000000000001","code":"RvTnFlood01","taken_at":1709295000,"caption":{"text":"Sandbags at the bakery door, day two."},"user":{"pk":"700001","username":"riverton.bakery","full_name":"Riverton Bakery"},"like_count":432,"comment_count":21,"image_versions2":{"candidates":[{"width":1080,"height":1080,"url":"https://scontent.example.org/rvtn01.jpg"}]}}""";
        String other = """
                {"id":"post-88","content":"Mastodon-style post about the flood relief fund","created_at":"2024-03-03T09:00:00.000Z","account":{"acct":"relief@example.social"},"url":"https://example.social/@relief/88"}""";
        String reply = """
                {"__typename":"TweetWithVisibilityResults","tweet":{"rest_id":"1100000000000000101","core":{"user_results":{"result":{"legacy":{"screen_name":"gauge_watch","name":"Gauge Watch"}}}},"legacy":{"created_at":"Sat Mar 02 07:30:00 +0000 2024","favorite_count":"7","full_text":"@riverton_help Is the gym still taking camp beds?","in_reply_to_status_id_str":"1100000000000000100","in_reply_to_screen_name":"riverton_help","lang":"en","retweet_count":"0","reply_count":"1","id_str":"1100000000000000101"}}}""";
        String lines = String.join("\n",
                String.format(envelope, 1, "1100000000000000100", "twitter.com", "twitter.com", "twitter.com", tweet.strip()),
                String.format(envelope, 2, "7300000000000000001", "tiktok.com", "www.tiktok.com", "www.tiktok.com", tiktok.strip()),
                String.format(envelope, 3, "3300000000000000001_700001", "instagram.com", "www.instagram.com", "www.instagram.com", instagram.strip()),
                "{\"item_id\": \"broken\", \"data\": {",
                "{\"id\":\"no-envelope\",\"text\":\"just a post\"}",
                String.format(envelope, 6, "post-88", "example.social", "example.social", "example.social", other.strip()),
                String.format(envelope, 7, "1100000000000000101", "x.com", "x.com", "x.com", reply.strip()));
        Files.writeString(file, lines + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Zips a folder, its files under {@code prefix} (e.g. the folder's own name and a slash, or ""). */
    public static Path zip(Path folder, Path zipFile, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    public static byte[] image(int width, int height, Color color, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.drawLine(0, 0, width - 1, height - 1);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
