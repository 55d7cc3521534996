package vn.vbtrace.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laws cited by name: "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Luật Thi đua,
 * khen thưởng", "Luật Phòng, chống ma túy số 23/2000/QH10". The name runs from "Luật" to a date,
 * a number, a clause break or a word that cannot be part of a name ({@code vocab/law-names.tsv});
 * a comma stays inside the name only before the words that file allows.
 */
final class LawNames {

    private final Pattern law;
    private final Map<String, String> issuerByType = new HashMap<>();

    LawNames() {
        List<String> commaWords = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        for (String[] row : read()) {
            if (row[0].equals("issuer")) {
                String[] typeAndIssuer = row[1].split("\t", 2);
                issuerByType.put(typeAndIssuer[0], typeAndIssuer[1]);
                continue;
            }
            (row[0].equals("comma") ? commaWords : stops).add(row[1].replace(" ", "\\s+"));
        }
        String comma = "(?:" + String.join("|", commaWords) + ")(?!\\p{L})";
        String stop = "(?:" + String.join("|", stops) + ")(?!\\p{L})";
        this.law = Pattern.compile("(?<![\\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh)\\s+(?<name>\\p{Lu}[\\p{L}-]*"
                + "(?:(?:[ \\t]+|,[ \\t]+(?=" + comma + "))[\\p{L}-]+){0,14}?)"
                + "(?=\\s*(?:,?\\s*ngày\\s|,?\\s*số\\s|năm\\s+\\d{4}|[;.():\\n“”\"]|$|,(?!\\s*" + comma + ")"
                + "|\\s" + stop + "|\\svà\\s*$))");
    }

    Matcher matcher(String text) {
        return law.matcher(text);
    }

    /** The body that passes laws of this type ("Luật" → "Quốc hội"), by the Constitution; null if none is listed. */
    String issuerOf(String type) {
        return issuerByType.get(type);
    }

    private static List<String[]> read() {
        try (InputStream in = LawNames.class.getResourceAsStream("/vocab/law-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: /vocab/law-names.tsv");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", 2));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
