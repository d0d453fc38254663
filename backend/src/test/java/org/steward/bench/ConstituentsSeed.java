package org.steward.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.steward.constituents.internal.ContactPointStore;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.PhoneNumbers;
import org.steward.shared.ids.Ids;

/**
 * Seeds the benchmark database with plain JDBC batches (1,000 constituents per batch, one commit each) and the
 * keys the application derives ({@link Names}, {@link PhoneNumbers}, {@link ContactPointStore#postalKey}),
 * so search and the summary see the rows as real data. Seeds only what is missing, so re-runs are fast. Tables of
 * other modules (relationships, interactions, tasks) are filled only when they exist, column by column as
 * information_schema describes them, so a change of their schema does not break the benchmark.
 */
final class ConstituentsSeed {

    static final int BATCH = 1_000;
    private static final String BY = "bench";

    static final String[] FIRST = {
        "James",
        "Mary",
        "John",
        "Patricia",
        "Robert",
        "Jennifer",
        "Michael",
        "Linda",
        "William",
        "Elizabeth",
        "David",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Charles",
        "Karen",
        "Daniel",
        "Nancy",
        "Matthew",
        "Lisa",
        "Anthony",
        "Margaret",
        "Mark",
        "Betty",
        "Paul",
        "Sandra",
        "Steven",
        "Ashley",
        "Andrew",
        "Emily",
        "Zoë",
        "José",
        "Chloé",
        "Renée",
        "Jürgen",
        "Søren",
        "François",
        "Inés",
        "Zoé",
        "Björn",
        "Łukasz",
        "Noémie",
        "André",
        "Héloïse",
        "Mónica",
        "Raphaël",
        "Ana",
        "Lucía",
        "Mateo",
        "Olivia",
        "Noah",
        "Emma",
        "Liam",
        "Amelia",
        "Oliver",
        "Sophia",
        "Elijah",
        "Mia",
        "Lucas",
        "Harper",
        "Ethan",
        "Aiko",
        "Hiroshi",
        "Priya",
        "Arjun",
        "Fatima",
        "Omar",
        "Wei",
        "Mei",
        "Kwame",
        "Amara",
        "Siobhán",
        "Seán",
        "Ingrid",
        "Astrid",
        "Giulia",
        "Marco",
        "Nikolaj",
        "Tomás",
        "Agnès",
        "Élodie",
        "Kateřina",
        "Dvořák"
    };

    static final String[] LAST = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Gonzalez",
        "Wilson",
        "Anderson",
        "Thomas",
        "Taylor",
        "Moore",
        "Jackson",
        "Martin",
        "Lee",
        "Perez",
        "Thompson",
        "White",
        "Harris",
        "Sanchez",
        "Clark",
        "Ramirez",
        "Lewis",
        "Robinson",
        "Walker",
        "Young",
        "Allen",
        "King",
        "Wright",
        "Scott",
        "Torres",
        "Nguyen",
        "Hill",
        "Flores",
        "Green",
        "Adams",
        "Nelson",
        "Baker",
        "Hall",
        "Rivera",
        "Campbell",
        "Mitchell",
        "Carter",
        "Roberts",
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schäfer",
        "Köhler",
        "Groß",
        "Jäger",
        "Hoffmann",
        "Krüger",
        "Lefèvre",
        "Dubois",
        "Moreau",
        "Laurent",
        "Girard",
        "Bonnet",
        "Lemaître",
        "Fontaine",
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Muñoz",
        "Jiménez",
        "Álvarez",
        "Núñez",
        "Ibáñez",
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Nowak",
        "Kowalski",
        "Wiśniewski",
        "Wójcik",
        "Kowalczyk",
        "Dvořák",
        "Novák",
        "Svoboda",
        "Černý",
        "Jensen",
        "Nielsen",
        "Hansen",
        "Pedersen",
        "Andersen",
        "Christensen",
        "Larsen",
        "Sørensen",
        "Ødegaard",
        "Ångström",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsen",
        "O'Brien",
        "O'Connor",
        "Murphy",
        "Kelly",
        "Sullivan",
        "Walsh",
        "McCarthy",
        "Byrne",
        "Ryan",
        "Tanaka",
        "Suzuki",
        "Takahashi",
        "Watanabe",
        "Itō",
        "Yamamoto",
        "Nakamura",
        "Kobayashi",
        "Kim",
        "Park",
        "Choi",
        "Chen",
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Huang",
        "Patel",
        "Shah",
        "Singh",
        "Kumar",
        "Sharma",
        "Gupta",
        "Okafor",
        "Mensah",
        "Diallo",
        "Traoré",
        "Haddad",
        "Khoury",
        "Nasser",
        "Cohen",
        "Levi",
        "Friedman",
        "Ivanov",
        "Petrov",
        "Sokolov",
        "Popescu",
        "Horváth",
        "Kovács",
        "Tóth",
        "Szabó",
        "Papadopoulos",
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "da Silva",
        "dos Santos",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rocha",
        "van der Berg",
        "de Vries",
        "van Dijk",
        "Bakker",
        "Janssen",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder"
    };

    private static final String[] ORG_FIRST = {
        "Riverside", "Northwind", "Blue Harbor", "Lakeside", "Greenfield", "Summit", "Oak Valley", "Cedar",
        "Maple Leaf", "Silver Creek", "Harborview", "Redwood", "Brightwater", "Stonebridge", "Évora", "Zürich",
        "Müller & Söhne", "Crème", "Sunrise", "Evergreen", "Westbrook", "Ironwood", "Highland", "Pinecrest"
    };
    private static final String[] ORG_LAST = {
        "Community Foundation",
        "Trust",
        "Bank",
        "Logistics",
        "Health Partners",
        "Credit Union",
        "Church",
        "Rotary Club",
        "Family Fund",
        "Hardware",
        "Bakery",
        "GmbH",
        "Consulting",
        "Arts Council",
        "University",
        "School District",
        "Hospital",
        "Library Friends",
        "Insurance",
        "Energy"
    };
    static final String[] STREETS = {
        "Main Street",
        "Oak Avenue",
        "Maple Road",
        "Hauptstraße",
        "Rue de la Paix",
        "Calle Mayor",
        "Church Lane",
        "High Street",
        "Elm Street",
        "Bahnhofstraße",
        "Avenida Paulista",
        "Kings Road",
        "Park Avenue"
    };
    static final String[][] PLACES = {
        {"Springfield", "IL", "US"}, {"Portland", "OR", "US"}, {"Austin", "TX", "US"}, {"Boston", "MA", "US"},
        {"Toronto", "ON", "CA"}, {"Montréal", "QC", "CA"}, {"London", null, "GB"}, {"Manchester", null, "GB"},
        {"Berlin", null, "DE"}, {"München", "BY", "DE"}, {"Paris", null, "FR"}, {"Lyon", null, "FR"},
        {"Madrid", null, "ES"}, {"Zürich", "ZH", "CH"}, {"Dublin", null, "IE"}
    };
    static final String[] TAGS = {
        "major-donor",
        "volunteer",
        "board",
        "alumni",
        "newsletter",
        "gala-2025",
        "monthly-giver",
        "lapsed",
        "corporate-match",
        "planned-giving",
        "event-attendee",
        "vip"
    };
    static final String[] DOMAINS = {"example.org", "example.com", "mail.example", "post.example"};
    private static final String[] CHANNELS = {"EMAIL", "MAIL", "PHONE", "SMS"};
    private static final String[] PURPOSES = {"FUNDRAISING", "NEWSLETTERS", "EVENTS"};

    private final Connection db;
    private final Random random;
    private final Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Map<String, Long> inserted = new LinkedHashMap<>();

    ConstituentsSeed(Connection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    /** Rows inserted by table, in the order they were seeded. */
    Map<String, Long> inserted() {
        return inserted;
    }

    long count(String table) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    boolean tableExists(String table) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Adds constituents, in blocks of 1,000, until there are at least {@code target}. */
    void constituents(long target) throws SQLException {
        long missing = target - count("constituents");
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Batches b = new Batches()) {
            for (long done = 0; done < missing; done += BATCH) {
                block(b, (int) Math.min(BATCH, missing - done));
                b.flush();
                db.commit();
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** One block: ~85% individuals, ~5% organizations, ~10% households holding ~30% of the individuals. */
    private void block(Batches b, int size) throws SQLException {
        int households = size / 10;
        int organizations = size / 20;
        int individuals = size - households - organizations;
        List<Person> people = new ArrayList<>(individuals);
        for (int i = 0; i < individuals; i++) {
            people.add(person());
        }
        // households of 2-4 members, most sharing a last name, until ~30% of the individuals are housed
        List<List<Person>> homes = new ArrayList<>();
        int next = 0;
        int housed = individuals * 3 / 10;
        for (int h = 0; h < households && next < housed; h++) {
            int members = Math.min(2 + weighted(6, 3, 1), individuals - next);
            List<Person> home = new ArrayList<>(people.subList(next, next + members));
            if (random.nextInt(10) < 8) {
                for (Person p : home.subList(1, home.size())) {
                    p.last = home.get(0).last;
                }
            }
            homes.add(home);
            next += members;
        }
        for (Person p : people) {
            insertIndividual(b, p);
        }
        for (int i = 0; i < organizations; i++) {
            String name = pick(ORG_FIRST) + " " + pick(ORG_LAST);
            insertNamed(b, "ORGANIZATION", name, false, null, null, slug(name));
        }
        for (int h = 0; h < households; h++) {
            List<Person> home = h < homes.size() ? homes.get(h) : List.of();
            List<Names.Member> members = home.stream()
                    .map(p -> new Names.Member(p.prefix, p.first, p.preferred, p.last))
                    .toList();
            String name = Names.householdName(members);
            UUID id = insertNamed(
                    b,
                    "HOUSEHOLD",
                    name,
                    true,
                    members.isEmpty() ? null : Names.formalSalutation(members),
                    members.isEmpty() ? null : Names.informalSalutation(members),
                    slug(home.isEmpty() ? "home" : home.get(0).last) + ".family");
            for (Person p : home) {
                b.memberships.setString(1, Ids.next().toString());
                b.memberships.setString(2, id.toString());
                b.memberships.setString(3, p.id.toString());
                b.memberships.setString(4, p.id.toString());
                b.memberships.setDate(
                        5, Date.valueOf(LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1)));
                b.memberships.setTimestamp(6, now);
                b.memberships.setTimestamp(7, now);
                b.memberships.addBatch();
                inc("household_memberships");
            }
        }
    }

    private static final class Person {
        final UUID id = Ids.next();
        String prefix;
        String first;
        String middle;
        String last;
        String suffix;
        String preferred;
        LocalDate birthDate;
        boolean deceased;
    }

    private Person person() {
        Person p = new Person();
        p.first = zipf(FIRST);
        p.last = random.nextInt(100) < 8 ? zipf(LAST) + "-" + pick(LAST) : zipf(LAST);
        p.prefix = random.nextInt(10) < 3 ? pick(new String[] {"Mr.", "Ms.", "Mrs.", "Dr.", "Mx."}) : null;
        p.middle = random.nextInt(10) < 2 ? pick(FIRST) : null;
        p.suffix = random.nextInt(100) < 2 ? pick(new String[] {"Jr.", "Sr.", "III", "PhD"}) : null;
        p.preferred = random.nextInt(100) < 5 ? p.first.substring(0, Math.min(3, p.first.length())) : null;
        p.birthDate = random.nextInt(10) < 6
                ? LocalDate.of(1930 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : null;
        p.deceased = random.nextInt(100) == 0;
        return p;
    }

    private void insertIndividual(Batches b, Person p) throws SQLException {
        String display = Names.individualDisplay(p.first, p.preferred, p.last, p.suffix);
        PreparedStatement ps = b.constituents;
        ps.setString(1, p.id.toString());
        ps.setString(2, "INDIVIDUAL");
        ps.setString(3, p.prefix);
        ps.setString(4, p.first);
        ps.setString(5, p.middle);
        ps.setString(6, p.last);
        ps.setString(7, p.suffix);
        ps.setString(8, p.preferred);
        if (p.birthDate == null) {
            ps.setNull(9, Types.DATE);
        } else {
            ps.setDate(9, Date.valueOf(p.birthDate));
        }
        ps.setBoolean(10, p.deceased);
        ps.setString(11, null);
        ps.setBoolean(12, false);
        ps.setString(13, null);
        ps.setString(14, null);
        ps.setString(15, display);
        ps.setString(16, Names.individualSort(p.first, p.last));
        ps.setString(17, Names.key(p.first));
        ps.setString(18, Names.key(p.last));
        ps.setString(19, Names.searchText(display, p.first, p.middle, p.last, p.preferred, null, null));
        finish(ps);
        children(b, p.id, slug(p.first) + "." + slug(p.last));
    }

    private UUID insertNamed(
            Batches b, String type, String name, boolean generated, String formal, String informal, String mailbox)
            throws SQLException {
        UUID id = Ids.next();
        PreparedStatement ps = b.constituents;
        ps.setString(1, id.toString());
        ps.setString(2, type);
        for (int i = 3; i <= 8; i++) {
            ps.setString(i, null);
        }
        ps.setNull(9, Types.DATE);
        ps.setBoolean(10, false);
        ps.setString(11, name);
        ps.setBoolean(12, generated);
        ps.setString(13, formal);
        ps.setString(14, informal);
        ps.setString(15, name);
        ps.setString(16, Names.key(name));
        ps.setString(17, null);
        ps.setString(18, Names.key(name));
        ps.setString(19, Names.searchText(name, null, null, null, null, name, null));
        finish(ps);
        children(b, id, mailbox);
        return id;
    }

    private void finish(PreparedStatement ps) throws SQLException {
        ps.setString(20, random.nextInt(10) < 3 ? pick(new String[] {"import", "web", "event", "referral"}) : null);
        ps.setBoolean(21, random.nextInt(100) < 3);
        ps.setBoolean(22, random.nextInt(100) < 5);
        ps.setTimestamp(23, now);
        ps.setTimestamp(24, now);
        ps.addBatch();
        inc("constituents");
    }

    private void children(Batches b, UUID owner, String mailbox) throws SQLException {
        String id = owner.toString();
        int emails = 1 + (random.nextInt(10) < 3 ? 1 : 0);
        for (int i = 0; i < emails; i++) {
            String address = mailbox + (random.nextInt(1000)) + "@" + pick(DOMAINS);
            b.emails.setString(1, Ids.next().toString());
            b.emails.setString(2, id);
            b.emails.setString(3, address);
            b.emails.setString(4, Names.key(address));
            b.emails.setString(5, i == 0 ? "HOME" : "WORK");
            b.emails.setBoolean(6, i == 0);
            b.emails.addBatch();
            inc("constituent_emails");
        }
        int phones = weighted(4, 4, 2);
        for (int i = 0; i < phones; i++) {
            String number = random.nextBoolean()
                    ? String.format(
                            Locale.ROOT,
                            "+1 (%03d) %03d-%04d",
                            200 + random.nextInt(800),
                            random.nextInt(1000),
                            random.nextInt(10000))
                    : String.format(Locale.ROOT, "+49 30 %07d", random.nextInt(10_000_000));
            b.phones.setString(1, Ids.next().toString());
            b.phones.setString(2, id);
            b.phones.setString(3, number);
            PhoneNumbers.Reading reading = PhoneNumbers.read(number, "US");
            b.phones.setString(4, reading.key());
            b.phones.setString(7, reading.e164());
            b.phones.setString(5, i == 0 ? "MOBILE" : "HOME");
            b.phones.setBoolean(6, i == 0);
            b.phones.addBatch();
            inc("constituent_phones");
        }
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String postal = postalCode(place[2]);
        b.addresses.setString(1, Ids.next().toString());
        b.addresses.setString(2, id);
        b.addresses.setString(3, "HOME");
        b.addresses.setString(4, (1 + random.nextInt(999)) + " " + pick(STREETS));
        b.addresses.setString(5, random.nextInt(10) == 0 ? "Apt " + (1 + random.nextInt(40)) : null);
        b.addresses.setString(6, place[0]);
        b.addresses.setString(7, place[1]);
        b.addresses.setString(8, postal);
        b.addresses.setString(9, ContactPointStore.postalKey(postal));
        b.addresses.setString(10, place[2]);
        b.addresses.addBatch();
        inc("constituent_addresses");
        Set<String> tags = new HashSet<>();
        int tagCount = weighted(5, 3, 2, 1);
        while (tags.size() < tagCount) {
            tags.add(pick(TAGS));
        }
        for (String tag : tags) {
            b.tags.setString(1, id);
            b.tags.setString(2, tag);
            b.tags.addBatch();
            inc("constituent_tags");
        }
        if (random.nextInt(10) == 0) {
            b.externalIds.setString(1, Ids.next().toString());
            b.externalIds.setString(2, id);
            b.externalIds.setString(3, "legacy");
            b.externalIds.setString(4, "L-" + owner);
            b.externalIds.addBatch();
            inc("constituent_external_ids");
        }
        if (random.nextInt(10) < 4) {
            int rows = 1 + random.nextInt(3);
            for (int i = 0; i < rows; i++) {
                LocalDate effective =
                        LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
                b.consent.setString(1, Ids.next().toString());
                b.consent.setString(2, id);
                b.consent.setString(3, pick(CHANNELS));
                b.consent.setString(4, pick(PURPOSES));
                b.consent.setString(5, random.nextInt(10) < 7 ? "OPT_IN" : "OPT_OUT");
                b.consent.setString(6, random.nextBoolean() ? "Signed up on the donation form" : null);
                b.consent.setString(7, pick(new String[] {"web form", "phone call", "event sign-up", "import"}));
                b.consent.setDate(8, Date.valueOf(effective));
                b.consent.setTimestamp(9, Timestamp.valueOf(effective.atTime(12, i)));
                b.consent.addBatch();
                inc("consent_records");
            }
        }
    }

    private String postalCode(String country) {
        return switch (country) {
            case "US" -> String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
            case "CA" -> "H" + random.nextInt(10) + "X " + random.nextInt(10) + "Y" + random.nextInt(10);
            case "GB" -> "SW" + (1 + random.nextInt(20)) + "A " + random.nextInt(10) + "AA";
            default -> String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
        };
    }

    /** Prepared statements of one block, flushed together (parents first) and committed once. */
    private final class Batches implements AutoCloseable {
        final PreparedStatement constituents = db.prepareStatement("INSERT INTO constituents (id, type, prefix,"
                + " first_name, middle_name, last_name, suffix, preferred_name, birth_date, deceased, name, name_generated,"
                + " formal_salutation, informal_salutation, display_name, sort_name, first_key, last_key, search_text, source,"
                + " do_not_contact, do_not_solicit, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '" + BY + "', ?, '"
                + BY
                + "')");
        final PreparedStatement emails = db.prepareStatement("INSERT INTO constituent_emails"
                + " (id, constituent_id, address, address_key, type, is_primary) VALUES (?, ?, ?, ?, ?, ?)");
        final PreparedStatement phones = db.prepareStatement(
                "INSERT INTO constituent_phones (id, constituent_id, number, digits, type, is_primary, e164) VALUES (?, ?, ?, ?, ?, ?, ?)");
        final PreparedStatement addresses = db.prepareStatement("INSERT INTO constituent_addresses (id, constituent_id,"
                + " type, line1, line2, city, region, postal_code, postal_key, country, valid_from, valid_to, is_primary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, TRUE)");
        final PreparedStatement tags =
                db.prepareStatement("INSERT INTO constituent_tags (constituent_id, tag) VALUES (?, ?)");
        final PreparedStatement externalIds = db.prepareStatement(
                "INSERT INTO constituent_external_ids (id, constituent_id, source, external_id) VALUES (?, ?, ?, ?)");
        final PreparedStatement memberships = db.prepareStatement("INSERT INTO household_memberships (id, household_id,"
                + " member_id, current_member_id, start_date, end_date, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, '" + BY + "', ?, '" + BY + "')");
        final PreparedStatement consent =
                db.prepareStatement("INSERT INTO consent_records (id, constituent_id, channel,"
                        + " purpose, status, statement, source, effective_date, recorded_at, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '" + BY + "')");

        Batches() throws SQLException {}

        void flush() throws SQLException {
            for (PreparedStatement ps :
                    List.of(constituents, emails, phones, addresses, tags, externalIds, memberships, consent)) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps :
                    List.of(constituents, emails, phones, addresses, tags, externalIds, memberships, consent)) {
                ps.close();
            }
        }
    }

    // ---- other modules' tables, filled column by column from information_schema ----

    /** A column of a table another module owns, and how to fill it (null: by its SQL type, if NOT NULL). */
    record Column(String name, String dataType, boolean nullable, boolean hasDefault, int maxLength) {}

    /**
     * Adds rows to {@code table} until it holds {@code target}; {@code known} fills columns by name, any other
     * NOT NULL column without a default gets a plain value of its type. Rows are sent 1,000 per batch.
     */
    void fill(String table, long target, Map<String, Function<Long, Object>> known) throws SQLException {
        long missing = target - count(table);
        if (missing <= 0) {
            return;
        }
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT column_name, data_type, is_nullable, column_default,"
                + " COALESCE(character_maximum_length, 0), extra FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String extra =
                            rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
                    if (extra.contains("auto_increment") || extra.contains("generated")) {
                        continue;
                    }
                    columns.add(new Column(
                            rs.getString(1).toLowerCase(Locale.ROOT),
                            rs.getString(2).toLowerCase(Locale.ROOT),
                            "YES".equals(rs.getString(3)),
                            rs.getString(4) != null,
                            (int) Math.min(Integer.MAX_VALUE, rs.getLong(5))));
                }
            }
        }
        List<Column> used = columns.stream()
                .filter(c -> known.containsKey(c.name()) || (!c.nullable() && !c.hasDefault()))
                .toList();
        String sql = "INSERT INTO " + table + " ("
                + String.join(", ", used.stream().map(Column::name).toList()) + ") VALUES ("
                + String.join(", ", used.stream().map(c -> "?").toList()) + ")";
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (long row = 0; row < missing; row++) {
                for (int i = 0; i < used.size(); i++) {
                    Column c = used.get(i);
                    Function<Long, Object> f = known.get(c.name());
                    ps.setObject(i + 1, f != null ? f.apply(row) : plain(c, row));
                }
                ps.addBatch();
                if ((row + 1) % BATCH == 0 || row + 1 == missing) {
                    ps.executeBatch();
                    db.commit();
                }
                inc(table);
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private Object plain(Column c, long row) {
        return switch (c.dataType()) {
            case "tinyint", "smallint", "int", "mediumint", "bigint", "decimal", "double", "float" -> 0;
            case "bit", "boolean" -> false;
            case "date" -> Date.valueOf(LocalDate.of(2024, 1, 1));
            case "datetime", "timestamp" -> now;
            default -> {
                String text = "bench-" + row;
                yield c.maxLength() > 0 && text.length() > c.maxLength() ? text.substring(0, c.maxLength()) : text;
            }
        };
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    Timestamp now() {
        return now;
    }

    Random random() {
        return random;
    }

    /**
     * Picks from the array, earlier entries more often, as real name frequencies are: one pick in five is
     * log-uniform (the first entry gets ~3% of all picks), the rest uniform.
     */
    String zipf(String[] values) {
        if (random.nextInt(5) != 0) {
            return pick(values);
        }
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(values.length + 1, u)) - 1;
        return values[Math.max(0, Math.min(values.length - 1, i))];
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** 0, 1, 2... with the given relative weights. */
    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String slug(String text) {
        return Names.key(text).replaceAll("[^a-z0-9]+", "");
    }

    private void inc(String table) {
        inserted.merge(table, 1L, Long::sum);
    }
}
