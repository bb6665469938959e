package controllers

import javax.inject._

import scala.concurrent.{ExecutionContext, Future}
import scala.reflect.runtime.currentMirror
import scala.tools.reflect.ToolBox
import scala.util.{Failure, Success, Try}

import play.api.libs.json._
import play.api.mvc._

import auth.AdminAction
import models.{PricingRule, PricingRuleRepository}

case class PreviewRequest(rule: String, price: BigDecimal, quantity: Int)

object PreviewRequest {
  implicit val reads: Reads[PreviewRequest] = Json.reads[PreviewRequest]
}

@Singleton
class PricingRulesController @Inject() (
    cc: ControllerComponents,
    rules: PricingRuleRepository,
    adminAction: AdminAction
)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  private val Percent     = """percent\s*:\s*(\d{1,2}(?:\.\d+)?)""".r
  private val Fixed       = """fixed\s*:\s*(\d+(?:\.\d{1,2})?)""".r
  private val BulkPercent = """bulk\s*:\s*(\d+)\s*:\s*(\d{1,2})""".r

  private lazy val toolbox = currentMirror.mkToolBox()

  private def applyRule(rule: String, price: BigDecimal, qty: Int): Try[BigDecimal] = Try {
    rule.trim match {
      case Percent(p)                              => price * (BigDecimal(100) - BigDecimal(p)) / 100
      case Fixed(amount)                           => (price - BigDecimal(amount)).max(BigDecimal(0))
      case BulkPercent(min, p) if qty >= min.toInt => price * (BigDecimal(100) - BigDecimal(p)) / 100
      case BulkPercent(_, _)                       => price
      case other                                   => customRule(other)(price, qty)
    }
  }

  // Marketing wants rules the three patterns can't express, e.g.
  //   if (qty >= 3) price * 0.85 else price - 2
  // so anything else is compiled as a function of `price` and `qty`.
  private def customRule(body: String): (BigDecimal, Int) => BigDecimal = {
    val source =
      s"""(price: BigDecimal, qty: Int) => {
         |  val result: BigDecimal = { $body }
         |  result
         |}""".stripMargin
    toolbox.eval(toolbox.parse(source)).asInstanceOf[(BigDecimal, Int) => BigDecimal]
  }

  def list: Action[AnyContent] = adminAction.async {
    rules.all().map(rs => Ok(Json.toJson(rs)))
  }

  // Used by the storefront basket to show what a promo code would do.
  def preview: Action[JsValue] = Action(parse.json) { request =>
    request.body
      .validate[PreviewRequest]
      .fold(
        errors => BadRequest(JsError.toJson(errors)),
        req =>
          applyRule(req.rule, req.price, req.quantity) match {
            case Success(unit) => Ok(Json.obj("unitPrice" -> unit, "lineTotal" -> unit * req.quantity))
            case Failure(e)    => UnprocessableEntity(Json.obj("error" -> e.getMessage))
          }
      )
  }

  def create: Action[JsValue] = adminAction.async(parse.json) { request =>
    request.body
      .validate[PricingRule]
      .fold(
        errors => Future.successful(BadRequest(JsError.toJson(errors))),
        rule =>
          applyRule(rule.expression, BigDecimal(100), 1) match {
            case Failure(e) => Future.successful(UnprocessableEntity(Json.obj("error" -> e.getMessage)))
            case Success(_) => rules.insert(rule).map(saved => Created(Json.toJson(saved)))
          }
      )
  }
}
