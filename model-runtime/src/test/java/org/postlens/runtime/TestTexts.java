package org.postlens.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Sentences for the tests: news-like, tweet-like, multilingual, and generated tweet-length texts. */
final class TestTexts {

    private TestTexts() {}

    static final List<String> SENTENCES = List.of(
            "Heavy rain is expected in the capital from tonight through Wednesday.",
            "Forecasters warn of downpours in the city until midweek.",
            "The central bank raised interest rates by a quarter point.",
            "Police closed the bridge after a truck overturned during rush hour.",
            "The football club signed a new striker for a record fee.",
            "Officials say the fire at the warehouse is now under control.",
            "Scientists found traces of water ice near the moon's south pole.",
            "The minister resigned after the leaked recordings were published.",
            "Voter turnout reached its highest level in thirty years.",
            "A magnitude 6.1 earthquake shook the coastal region this morning.",
            "BREAKING: explosion reported near the port, emergency services on scene #news",
            "can't believe the train is late AGAIN 🙄 third time this week",
            "lol this is the best thing I've seen all day 😂😂",
            "RT @cityhall: Road closures on Harbour Road this weekend for repairs.",
            "Is anyone else's power out in the Old Quarter? #blackout",
            "Thread 1/5: what we know so far about the flooding in the valley",
            "omg the concert was amazing!!! thank you everyone who came 💜",
            "Don't share that video, it's fake. It was filmed in 2015 in another country.",
            "Prices at the market doubled since January, says a vendor. #inflation",
            "Follow us for live updates from the summit https://example.org/live",
            "The hospital asks for blood donors of all types after the crash.",
            "Schools will stay closed tomorrow because of the storm.",
            "Fact check: the photo of the flooded airport is from a different year.",
            "New study links air pollution to higher rates of asthma in children.",
            "The president will address the nation at 8pm tonight.",
            "Our team is on the ground in the north, reporting on the aftermath.",
            "Who else is watching the debate right now? #debatenight",
            "The river level is rising fast near the old bridge, stay away from the banks",
            "Stock markets fell sharply after the announcement.",
            "A new library opens downtown with free internet access for everyone.");

    static final String ARABIC = "تحذير من الأرصاد: أمطار غزيرة متوقعة على المدينة حتى يوم الأربعاء.";
    static final String HINDI = "अगले तीन दिन भारी बारिश की चेतावनी। नदी का जलस्तर बढ़ सकता है।";

    static String veryLong() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("The committee met again on day ").append(i).append(" to discuss the budget. ");
        }
        return text.toString();
    }

    private static final String[] WORDS = ("the a police city rain flood minister protest election market prices "
            + "school fire road bridge river storm report says new after before today tonight breaking video "
            + "photo fake true people government water power army border hospital bank vote strike crowd "
            + "#news #update @cityhall lol omg 🙄 😂 !!! ? not again why who where").split(" ");

    /** Tweet-length texts of 14 to 30 words (about 28 tokens on average), reproducible. */
    static List<String> tweets(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int words = 14 + random.nextInt(17);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
