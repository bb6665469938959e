package services.pricing

import play.api.libs.json._

/** A tiny expression language for discount rules that merchants build in the admin UI.
  *
  * Rules are stored as JSON trees, decoded into [[Expr]] and interpreted here. There is
  * no parser for free text and no access to the JVM: only the cases below exist.
  */
sealed trait Expr
object Expr {
  final case class Num(value: BigDecimal)         extends Expr
  final case class Bool(value: Boolean)           extends Expr
  final case class Field(name: String)            extends Expr
  final case class Add(left: Expr, right: Expr)   extends Expr
  final case class Mul(left: Expr, right: Expr)   extends Expr
  final case class Gt(left: Expr, right: Expr)    extends Expr
  final case class And(left: Expr, right: Expr)   extends Expr
  final case class If(cond: Expr, thenE: Expr, elseE: Expr) extends Expr
  final case class Min(left: Expr, right: Expr)   extends Expr
  final case class Max(left: Expr, right: Expr)   extends Expr
  final case class Percent(of: Expr, pct: Expr)   extends Expr

  implicit lazy val reads: Reads[Expr] = Reads { js =>
    (js \ "op").validate[String].flatMap {
      case "num"   => (js \ "value").validate[BigDecimal].map(Num)
      case "bool"  => (js \ "value").validate[Boolean].map(Bool)
      case "field" => (js \ "name").validate[String].map(Field)
      case "add"   => binary(js)(Add)
      case "mul"   => binary(js)(Mul)
      case "gt"    => binary(js)(Gt)
      case "and"   => binary(js)(And)
      case "min"   => binary(js)(Min)
      case "max"   => binary(js)(Max)
      case "percent" =>
        for {
          of  <- (js \ "of").validate[Expr]
          pct <- (js \ "pct").validate[Expr]
        } yield Percent(of, pct)
      case "if" =>
        for {
          c <- (js \ "cond").validate[Expr]
          t <- (js \ "then").validate[Expr]
          e <- (js \ "else").validate[Expr]
        } yield If(c, t, e)
      case other => JsError(s"unknown op: $other")
    }
  }

  private def binary(js: JsValue)(f: (Expr, Expr) => Expr): JsResult[Expr] =
    for {
      l <- (js \ "left").validate[Expr]
      r <- (js \ "right").validate[Expr]
    } yield f(l, r)
}

sealed trait Value
final case class NumV(n: BigDecimal) extends Value
final case class BoolV(b: Boolean)   extends Value

final case class EvalError(message: String) extends Exception(message)

object RuleEvaluator {
  import Expr._

  /** Cart facts a rule may read, e.g. "subtotal", "itemCount", "customerOrders". */
  type Facts = Map[String, BigDecimal]

  def eval(expr: Expr, facts: Facts): Value = expr match {
    case Num(v)   => NumV(v)
    case Bool(v)  => BoolV(v)
    case Field(n) => NumV(facts.getOrElse(n, throw EvalError(s"unknown field $n")))
    case Add(l, r) => NumV(num(eval(l, facts)) + num(eval(r, facts)))
    case Mul(l, r) => NumV(num(eval(l, facts)) * num(eval(r, facts)))
    case Gt(l, r)  => BoolV(num(eval(l, facts)) > num(eval(r, facts)))
    case And(l, r) => BoolV(bool(eval(l, facts)) && bool(eval(r, facts)))
    case If(c, t, e) => if (bool(eval(c, facts))) eval(t, facts) else eval(e, facts)
    case Min(l, r)   => NumV(num(eval(l, facts)).min(num(eval(r, facts))))
    case Max(l, r)   => NumV(num(eval(l, facts)).max(num(eval(r, facts))))
    case Percent(of, pct) => NumV(num(eval(of, facts)) * num(eval(pct, facts)) / 100)
  }

  /** Evaluates a stored rule's JSON against the cart; invalid rules evaluate to no discount. */
  def evalJson(rule: JsValue, facts: Facts): Either[String, Value] =
    rule.validate[Expr] match {
      case JsSuccess(expr, _) =>
        try Right(eval(expr, facts))
        catch { case EvalError(msg) => Left(msg) }
      case JsError(errors) => Left(JsError.toJson(errors).toString)
    }

  private def num(v: Value): BigDecimal = v match {
    case NumV(n) => n
    case other   => throw EvalError(s"expected number, got $other")
  }

  private def bool(v: Value): Boolean = v match {
    case BoolV(b) => b
    case other    => throw EvalError(s"expected boolean, got $other")
  }
}
