-- CreateTable
CREATE TABLE "Api" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "accessTokenTtl" INTEGER NOT NULL,
    "signingAlg" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiScope" (
    "value" TEXT NOT NULL,
    "apiId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ApiScope_pkey" PRIMARY KEY ("value")
);

-- CreateTable
CREATE TABLE "ApiClientApproval" (
    "clientId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiClientApproval_pkey" PRIMARY KEY ("clientId","scope")
);

-- CreateIndex
CREATE UNIQUE INDEX "Api_identifier_key" ON "Api"("identifier");

-- CreateIndex
CREATE INDEX "Api_ownerId_createdAt_idx" ON "Api"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiScope_apiId_idx" ON "ApiScope"("apiId");

-- CreateIndex
CREATE INDEX "ApiClientApproval_scope_idx" ON "ApiClientApproval"("scope");

-- AddForeignKey
ALTER TABLE "Api" ADD CONSTRAINT "Api_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiScope" ADD CONSTRAINT "ApiScope_apiId_fkey" FOREIGN KEY ("apiId") REFERENCES "Api"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClientApproval" ADD CONSTRAINT "ApiClientApproval_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClientApproval" ADD CONSTRAINT "ApiClientApproval_scope_fkey" FOREIGN KEY ("scope") REFERENCES "ApiScope"("value") ON DELETE CASCADE ON UPDATE CASCADE;
