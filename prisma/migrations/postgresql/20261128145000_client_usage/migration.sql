-- CreateTable
CREATE TABLE "ClientUsageDay" (
    "clientId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClientUsageDay_pkey" PRIMARY KEY ("clientId", "day", "metric")
);
CREATE INDEX "ClientUsageDay_day_idx" ON "ClientUsageDay"("day");

-- CreateTable
CREATE TABLE "ClientUserDay" (
    "clientId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "userDigest" TEXT NOT NULL,

    CONSTRAINT "ClientUserDay_pkey" PRIMARY KEY ("clientId", "day", "userDigest")
);
