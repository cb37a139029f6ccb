package org.symbiopark.web.park;

/** A web link as OGC API Features writes them: relation, absolute address, media type. */
record Link(String rel, String href, String type) {
}
