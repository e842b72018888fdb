import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OrderActionButtons } from "@/components/orders/order-action-buttons";
import { OrderExceptions } from "@/components/orders/order-exceptions";
import { OrderShipments } from "@/components/orders/order-shipments";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { routes } from "@/lib/app-routes";
import { findOrderStatus, getOrderDetail, orderActionsFor } from "@/lib/orders-query";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { tenant } = await getTenantContext();
  // Before anything streams, so another team's order (or none) answers 404, not 200.
  if (!(await findOrderStatus(tenant.id, id))) notFound();
  return (
    <Suspense fallback={<PageSkeleton label="Loading the order" rows={6} />}>
      <OrderDetailView tenantId={tenant.id} orderId={id} />
    </Suspense>
  );
}

async function OrderDetailView({ tenantId, orderId }: { tenantId: string; orderId: string }) {
  const detail = await getOrderDetail(tenantId, orderId);
  if (!detail) notFound();
  const { order } = detail;
  const openExceptions = detail.exceptions.filter((e) => e.status === "open");
  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <Link href={routes.orders} className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="size-4" aria-hidden /> All orders
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">Order {order.orderNumber}</h1>
          <span data-testid="order-status">
            <OrderStatusBadge status={order.status} />
          </span>
        </div>
        {order.customerName ? <p className="text-sm text-muted-foreground">for {order.customerName}</p> : null}
      </div>
      {openExceptions.length > 0 ? <OrderExceptions exceptions={openExceptions} linkId={detail.link.id} /> : null}
      <Card>
        <CardHeader>
          <CardTitle>Actions</CardTitle>
          <CardDescription>Each request goes through the same steps as a new order, so nothing is sent twice.</CardDescription>
        </CardHeader>
        <CardContent>
          <OrderActionButtons orderId={order.id} orderNumber={order.orderNumber} actions={orderActionsFor(order.status)} />
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <CardHeader>
            <CardTitle>Timeline</CardTitle>
            <CardDescription>Every step, with what was asked and answered. Passwords and tokens are never shown.</CardDescription>
          </CardHeader>
          <CardContent>
            <OrderTimeline events={detail.timeline} />
          </CardContent>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Shipments</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderShipments shipments={detail.shipments} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Order</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderSummary detail={detail} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
