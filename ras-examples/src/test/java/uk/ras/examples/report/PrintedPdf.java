package uk.ras.examples.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the browser check needs from a PDF printed by Chromium, read without a PDF library (none is in the
 * offline repository): the pages in order with their sizes, and the page of each named destination. Chromium
 * (Skia) writes page objects and the {@code /Dests} dictionary uncompressed; Blink writes a named
 * destination for each element that a {@code href="#id"} link in the page points to, so the check adds such
 * links for the elements it wants to find.
 */
final class PrintedPdf {
  private static final Pattern OBJECT = Pattern.compile("(?s)(\\d+) 0 obj\\s*(.*?)(?:stream|endobj)");
  private static final Pattern REF = Pattern.compile("(\\d+) 0 R");
  private static final Pattern KIDS = Pattern.compile("/Kids\\s*\\[([^\\]]*)\\]");
  private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]");
  private static final Pattern PARENT = Pattern.compile("/Parent\\s+(\\d+) 0 R");
  private static final Pattern DESTS = Pattern.compile("/Dests\\s+(\\d+) 0 R");
  private static final Pattern DEST = Pattern.compile("/([^\\s/\\[]+)\\s*\\[\\s*(\\d+) 0 R\\s*/XYZ\\s+([-\\d.]+)\\s+([-\\d.]+)");

  /** A page's width and height in points. */
  record Size(double width, double height) {}

  /** A destination: the page (from 0) and its height from the bottom of the page, in points. */
  record Place(int page, double y) {}

  final List<Size> pages = new ArrayList<>();
  final Map<String, Place> destinations = new HashMap<>();

  PrintedPdf(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<Integer, String> objects = new HashMap<>();
    Matcher m = OBJECT.matcher(text);
    while (m.find()) {
      objects.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    Integer root = null;
    for (Map.Entry<Integer, String> e : objects.entrySet()) {
      if (e.getValue().matches("(?s).*/Type\\s*/Pages\\b.*") && !PARENT.matcher(e.getValue()).find()) {
        root = e.getKey();
      }
    }
    if (root == null) {
      throw new IllegalArgumentException("no page tree in the PDF");
    }
    Map<Integer, Integer> pageIndex = new HashMap<>();
    walk(objects, root, null, pageIndex);
    String catalog = objects.values().stream().filter(o -> o.matches("(?s).*/Type\\s*/Catalog\\b.*")).findFirst().orElse("");
    Matcher dests = DESTS.matcher(catalog);
    if (dests.find()) {
      Matcher d = DEST.matcher(objects.getOrDefault(Integer.parseInt(dests.group(1)), ""));
      while (d.find()) {
        Integer page = pageIndex.get(Integer.parseInt(d.group(2)));
        if (page != null) {
          destinations.put(d.group(1), new Place(page, Double.parseDouble(d.group(4))));
        }
      }
    }
  }

  private void walk(Map<Integer, String> objects, int node, Size inherited, Map<Integer, Integer> pageIndex) {
    String dict = objects.get(node);
    Matcher box = MEDIA_BOX.matcher(dict);
    Size size = inherited;
    if (box.find()) {
      size = new Size(Double.parseDouble(box.group(3)) - Double.parseDouble(box.group(1)),
          Double.parseDouble(box.group(4)) - Double.parseDouble(box.group(2)));
    }
    Matcher kids = KIDS.matcher(dict);
    if (dict.matches("(?s).*/Type\\s*/Pages\\b.*") && kids.find()) {
      Matcher ref = REF.matcher(kids.group(1));
      while (ref.find()) {
        walk(objects, Integer.parseInt(ref.group(1)), size, pageIndex);
      }
    } else {
      pageIndex.put(node, pages.size());
      pages.add(size);
    }
  }
}
