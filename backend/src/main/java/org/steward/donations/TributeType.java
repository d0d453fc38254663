package org.steward.donations;

public enum TributeType {
    IN_HONOR,
    IN_MEMORY
}
