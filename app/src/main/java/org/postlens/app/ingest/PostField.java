package org.postlens.app.ingest;

/** The parts of a post that a source column can be mapped to. */
public enum PostField { ID, TEXT, CREATED_AT, AUTHOR, URL, LIKES, SHARES, REPLIES, VIEWS, LANG, IMAGES }
